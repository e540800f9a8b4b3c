/** The shapes the auth API returns (see the workspace contract). */
export type Role = 'admin' | 'researcher' | 'viewer';
export type Locale = 'en' | 'fr';

export type Membership = { partnershipId: string; partnershipName: string; role: Role };

export type Session = {
  user: { id: string; email: string; name: string; locale: Locale };
  isAdmin: boolean;
  memberships: Membership[];
  csrfToken: string;
};
