import { z } from 'zod';

export const MemberInput = z
  .strictObject({
    organization: z.string().trim().min(1).max(200),
    sector: z.string().trim().min(1).max(100),
  })
  .meta({ examples: [{ organization: 'Brampton Multicultural Centre', sector: 'settlement' }] });

export const PartnershipInput = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    communities: z.array(z.string().trim().min(1).max(100)).min(1).max(100),
    members: z.array(MemberInput).max(500).optional(),
  })
  .meta({
    examples: [{ name: 'Durham LIP', communities: ['Oshawa', 'Whitby'], members: [{ organization: 'Durham Region Health', sector: 'health' }] }],
  });

// What the routes answer.
export const MemberOutput = z.object({ id: z.string(), organization: z.string(), sector: z.string() });
export const PartnershipOutput = z.object({
  id: z.string(),
  name: z.string(),
  communities: z.array(z.string()),
  members: z.array(MemberOutput),
  createdAt: z.string(),
});
export const PartnershipsOutput = z.object({ partnerships: z.array(PartnershipOutput) });
