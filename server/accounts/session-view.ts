import type { User, UserMembership } from './users.repository';

/** What GET /api/auth/session answers: who is signed in, their roles, and the CSRF token. */
export interface SessionView {
  user: { id: string; email: string; name: string; locale: 'en' | 'fr' };
  isAdmin: boolean;
  memberships: UserMembership[];
  csrfToken: string;
}

export function sessionView(user: User, memberships: UserMembership[], csrfToken: string): SessionView {
  return {
    user: { id: user.id, email: user.email, name: user.name, locale: user.locale },
    isAdmin: user.isAdmin,
    memberships,
    csrfToken,
  };
}
