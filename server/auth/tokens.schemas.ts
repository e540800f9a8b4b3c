import { z } from 'zod';

/** GET /api/tokens/me: who the server takes the caller to be. */
export const CallerOutput = z.object({
  kind: z.enum(['token', 'user']),
  actorId: z.string().describe("The token's or the person's id"),
  isAdmin: z.boolean(),
  memberships: z.array(z.object({ partnershipId: z.string(), role: z.enum(['admin', 'researcher', 'viewer']) })),
});
