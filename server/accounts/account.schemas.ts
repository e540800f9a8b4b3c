import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from './bootstrap';

export const RoleInput = z.enum(['admin', 'researcher', 'viewer']);

export const NewPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(1024, 'A password has at most 1024 characters.');

export const InvitationInput = z.strictObject({ email: z.email().max(320), role: RoleInput });
export const RoleChange = z.strictObject({ role: RoleInput });
/** name is needed only to create an account; someone who has one gives their current password. */
export const AcceptInput = z.strictObject({ name: z.string().trim().min(1).max(200).optional(), password: z.string().min(1).max(1024) });
export const ResetInput = z.strictObject({ password: NewPassword });

export const TokenInput = z.strictObject({
  role: RoleInput,
  partnershipId: z.string().nullable().optional(),
  label: z.string().trim().min(1).max(200),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});
