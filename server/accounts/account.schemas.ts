import { z } from 'zod';
import { EXAMPLE_IDS } from '../openapi/example-ids';
import { MIN_PASSWORD_LENGTH } from './bootstrap';

export const RoleInput = z.enum(['admin', 'researcher', 'viewer']);

export const NewPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(1024, 'A password has at most 1024 characters.');

export const InvitationInput = z
  .strictObject({ email: z.email().max(320), role: RoleInput })
  .meta({ examples: [{ email: 'amira.haddad@example.org', role: 'researcher' }] });
export const RoleChange = z.strictObject({ role: RoleInput }).meta({ examples: [{ role: 'viewer' }] });
/** name is needed only to create an account; someone who has one gives their current password. */
export const AcceptInput = z
  .strictObject({ name: z.string().trim().min(1).max(200).optional(), password: z.string().min(1).max(1024) })
  .meta({ examples: [{ name: 'Amira Haddad', password: 'a long passphrase of her own' }] });
export const ResetInput = z.strictObject({ password: NewPassword }).meta({ examples: [{ password: 'a long passphrase of her own' }] });

export const TokenInput = z
  .strictObject({
    role: RoleInput,
    partnershipId: z.string().nullable().optional(),
    label: z.string().trim().min(1).max(200),
    expiresInDays: z.number().int().min(1).max(3650).optional(),
  })
  .meta({ examples: [{ role: 'viewer', partnershipId: EXAMPLE_IDS.partnership, label: 'Monthly report script', expiresInDays: 90 }] });

// What the routes answer, described once here so the OpenAPI document is generated from them.
const Membership = z.object({ partnershipId: z.string(), partnershipName: z.string(), role: RoleInput });
export const SessionOutput = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string(), locale: z.enum(['en', 'fr']) }),
  isAdmin: z.boolean(),
  memberships: z.array(Membership),
  csrfToken: z.string().describe('Send it back in the X-CSRF-Token header of every POST, PUT, PATCH and DELETE'),
});
export const EveryoneOutput = z.object({
  users: z.array(
    z.object({
      id: z.string(),
      email: z.string(),
      name: z.string().nullable().describe('The display name, null when the person gave none'),
      isAdmin: z.boolean().describe('A global admin: every partnership, and this list'),
      memberships: z.array(Membership),
      createdAt: z.string(),
      lastSignInAt: z.string().nullable().describe('When the person last signed in or accepted an invitation; null if never'),
    }),
  ),
});
export const PeopleOutput = z.object({ people: z.array(z.object({ userId: z.string(), email: z.string(), name: z.string(), role: RoleInput })) });
export const InvitationCreated = z.object({
  id: z.string(),
  email: z.string(),
  role: RoleInput,
  expiresAt: z.string(),
  link: z.string().describe('/workspace/accept/<token>: shown once, to pass on to the invitee'),
});
export const InvitationsOutput = z.object({
  invitations: z.array(z.object({ id: z.string(), email: z.string(), role: RoleInput, createdAt: z.string(), expiresAt: z.string(), acceptedAt: z.string().nullable() })),
});
export const InvitationView = z.object({ email: z.string(), partnershipName: z.string(), role: RoleInput, expiresAt: z.string(), hasAccount: z.boolean() });
export const ResetCreated = z.object({ link: z.string().describe('/workspace/reset/<token>: shown once'), expiresAt: z.string() });
export const ResetView = z.object({ email: z.string(), expiresAt: z.string() });
const TokenSummary = z.object({
  id: z.string(),
  label: z.string(),
  role: RoleInput,
  partnershipId: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedOn: z.string().nullable().describe('A date (YYYY-MM-DD), updated at most once a day'),
  revokedAt: z.string().nullable(),
});
export const TokensOutput = z.object({ tokens: z.array(TokenSummary) });
export const TokenIssued = z.object({
  id: z.string(),
  token: z.string().describe('The secret, shown only in this response'),
  role: RoleInput,
  partnershipId: z.string().nullable(),
  label: z.string(),
  expiresAt: z.string().nullable(),
});
