import { describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app';
import { connectDatabase } from '../../../server/db/connect';

describe('the OpenAPI document', () => {
  it('describes the sign-in, people, invitation, reset and token routes with schemas from their validators', async () => {
    const handle = connectDatabase(':memory:');
    try {
      const app = createApp({ db: handle.db, dialect: 'sqlite', clock: () => new Date().toISOString() });
      const document = await (await app.request('/api/openapi.json')).json();
      for (const path of [
        '/api/auth/sign-in',
        '/api/auth/session',
        '/api/auth/sign-out',
        '/api/auth/sign-out-everywhere',
        '/api/partnerships/{id}/people',
        '/api/partnerships/{id}/people/{userId}',
        '/api/partnerships/{id}/invitations',
        '/api/partnerships/{id}/invitations/{invitationId}',
        '/api/invitations/{token}',
        '/api/invitations/{token}/accept',
        '/api/users',
        '/api/users/{userId}/password-reset',
        '/api/password-resets/{token}',
        '/api/tokens',
        '/api/tokens/{id}',
      ]) {
        expect(document.paths[path], path).toBeDefined();
      }
      const bodyOf = (path: string, method: string) => document.paths[path][method].requestBody.content['application/json'].schema;
      const signIn = bodyOf('/api/auth/sign-in', 'post');
      expect(signIn.required.sort()).toEqual(['email', 'password']);
      expect(signIn.additionalProperties).toBe(false);
      expect(bodyOf('/api/tokens', 'post').properties.expiresInDays).toMatchObject({ type: 'integer', minimum: 1 });
      const session = document.paths['/api/auth/session'].get.responses['200'].content['application/json'].schema;
      expect(session.required).toEqual(expect.arrayContaining(['user', 'isAdmin', 'memberships', 'csrfToken']));
      expect(document.components.securitySchemes.session).toEqual({ type: 'apiKey', in: 'cookie', name: 'tessera_session' });
      expect(document.paths['/api/consultations'].get.security).toEqual([{ bearer: [] }, { session: [] }]);
    } finally {
      await handle.close();
    }
  });
});
