import { CallerOutput } from '../auth/tokens.schemas';
import { error, jsonAnswer, jsonBody, pathParam, secured } from '../openapi/openapi-parts';
import { SessionPatch, SignInInput } from './auth.routes';
import {
  AcceptInput,
  EveryoneOutput,
  InvitationCreated,
  InvitationInput,
  InvitationsOutput,
  InvitationView,
  PeopleOutput,
  ResetCreated,
  ResetInput,
  ResetView,
  RoleChange,
  SessionOutput,
  TokenInput,
  TokenIssued,
  TokensOutput,
} from './account.schemas';

/** The sign-in, people, invitation, reset and token routes, generated from their zod schemas. */
const body = jsonBody;
const json = jsonAnswer;
const noContent = (description: string) => ({ description });
const path = pathParam;
const sessionOnly = { security: [{ session: [] }] };
const cookieSet = { headers: { 'Set-Cookie': { description: 'tessera_session=…; HttpOnly; SameSite=Lax; Path=/ (Secure over https)', schema: { type: 'string' } } } };
const limited = error('too_many_attempts: wait for the Retry-After header (seconds)');
const csrf = error('csrf_failed: missing or wrong X-CSRF-Token, or sent from another site');

export const accountPaths = {
  '/api/auth/sign-in': {
    post: {
      summary: 'Sign in with email and password; sets the session cookie',
      requestBody: body(SignInInput),
      responses: { 200: { ...json('The session', SessionOutput), ...cookieSet }, 401: error('invalid_credentials'), 403: csrf, 429: limited },
    },
  },
  '/api/auth/session': {
    get: { ...sessionOnly, summary: 'The signed-in person, their roles and the CSRF token', responses: { 200: json('The session', SessionOutput), 401: error('unauthorized: no session, or it ended') } },
    patch: { ...sessionOnly, summary: "Remember the person's language", requestBody: body(SessionPatch), responses: { 200: json('The session', SessionOutput), 403: csrf } },
  },
  '/api/auth/sign-out': { post: { ...sessionOnly, summary: 'End this session', responses: { 204: noContent('Signed out; the cookie is cleared'), 403: csrf } } },
  '/api/auth/sign-out-everywhere': { post: { ...sessionOnly, summary: "End every one of the person's sessions", responses: { 204: noContent('Signed out everywhere'), 403: csrf } } },
  '/api/partnerships/{id}/people': {
    get: { ...secured, summary: "A partnership's people (its admins and researchers, or a global admin)", parameters: [path('id', 'Partnership id')], responses: { 200: json('People', PeopleOutput), 403: error('forbidden') } },
  },
  '/api/partnerships/{id}/people/{userId}': {
    patch: {
      ...secured,
      summary: "Change a person's role (granting or changing an admin takes an admin)",
      parameters: [path('id', 'Partnership id'), path('userId', 'Person id')],
      requestBody: body(RoleChange),
      responses: { 200: { description: 'The person with the new role' }, 403: error('forbidden'), 404: error('user_not_found') },
    },
    delete: { ...secured, summary: 'Remove a person from the partnership', parameters: [path('id', 'Partnership id'), path('userId', 'Person id')], responses: { 204: noContent('Removed'), 403: error('forbidden'), 404: error('user_not_found') } },
  },
  '/api/partnerships/{id}/invitations': {
    post: {
      ...secured,
      summary: 'Invite someone by email: the single-use link (7 days) is returned to pass on; no mail is sent',
      parameters: [path('id', 'Partnership id')],
      requestBody: body(InvitationInput),
      responses: { 201: json('The invitation with its link', InvitationCreated), 403: error('forbidden') },
    },
    get: { ...secured, summary: "The partnership's invitations (never their links)", parameters: [path('id', 'Partnership id')], responses: { 200: json('Invitations', InvitationsOutput), 403: error('forbidden') } },
  },
  '/api/partnerships/{id}/invitations/{invitationId}': {
    delete: { ...secured, summary: 'Withdraw an invitation', parameters: [path('id', 'Partnership id'), path('invitationId', 'Invitation id')], responses: { 204: noContent('Withdrawn'), 404: error('invitation_not_found') } },
  },
  '/api/invitations/{token}': {
    get: {
      summary: 'What an invitation link offers (hasAccount: accept with the current password)',
      parameters: [path('token', 'From the link')],
      responses: { 200: json('The invitation', InvitationView), 404: error('invitation_not_found'), 410: error('invitation_used or invitation_expired') },
    },
  },
  '/api/invitations/{token}/accept': {
    post: {
      summary: 'Accept: create the account ({name, password}) or add the role to an existing one ({password}); signs in',
      parameters: [path('token', 'From the link')],
      requestBody: body(AcceptInput),
      responses: { 200: { ...json('The session', SessionOutput), ...cookieSet }, 400: error('invalid_body'), 401: error('invalid_credentials'), 404: error('invitation_not_found'), 410: error('invitation_used or invitation_expired'), 429: limited },
    },
  },
  '/api/users': {
    get: { ...secured, summary: 'Everyone with an account: email, name, global admin, roles, created, last sign-in (global admins only)', responses: { 200: json('People, by email', EveryoneOutput), 403: error('forbidden: not a global admin') } },
  },
  '/api/users/{userId}/password-reset': {
    post: {
      ...secured,
      summary: 'A single-use password reset link (24 h) for an admin or a researcher to pass on',
      parameters: [path('userId', 'Person id')],
      responses: { 201: json('The link', ResetCreated), 403: error('forbidden: the person has rights the caller lacks'), 404: error('user_not_found') },
    },
  },
  '/api/password-resets/{token}': {
    get: { summary: 'Whose password a reset link sets', parameters: [path('token', 'From the link')], responses: { 200: json('The reset', ResetView), 404: error('reset_not_found'), 410: error('reset_used or reset_expired') } },
    post: {
      summary: 'Choose the new password; ends every session of the person',
      parameters: [path('token', 'From the link')],
      requestBody: body(ResetInput),
      responses: { 204: noContent('Password changed'), 400: error('invalid_body'), 404: error('reset_not_found'), 410: error('reset_used or reset_expired') },
    },
  },
  '/api/tokens': {
    get: { ...secured, summary: 'API tokens the caller manages (all for an admin; a researcher: their partnerships)', responses: { 200: json('Tokens, never their secrets', TokensOutput), 403: error('forbidden') } },
    post: {
      ...secured,
      summary: 'Issue an API token (admin tokens: admins only; researcher and viewer tokens: also the partnership’s researchers)',
      requestBody: body(TokenInput),
      responses: { 201: json('The token, its secret shown once', TokenIssued), 403: error('forbidden') },
    },
  },
  '/api/tokens/{id}': { delete: { ...secured, summary: 'Revoke a token: it then gets 401 saying so', parameters: [path('id', 'Token id')], responses: { 204: noContent('Revoked'), 403: error('forbidden'), 404: error('token_not_found') } } },
  '/api/tokens/me': { get: { ...secured, summary: 'Who is calling: kind, actorId, isAdmin, memberships', responses: { 200: json('The caller', CallerOutput) } } },
};
