import { MemberInput, MemberOutput, PartnershipInput, PartnershipOutput, PartnershipsOutput } from '../partnerships/partnerships.schemas';
import { error, jsonAnswer, jsonBody, pathParam, secured } from './openapi-parts';

const id = pathParam('id', 'Partnership id');

export const partnershipPaths = {
  '/api/partnerships': {
    get: { ...secured, summary: 'Partnerships the caller belongs to (all for an admin)', responses: { 200: jsonAnswer('The partnerships', PartnershipsOutput) } },
    post: {
      ...secured,
      summary: 'Create a partnership (admin)',
      requestBody: jsonBody(PartnershipInput),
      responses: { 201: jsonAnswer('Created', PartnershipOutput), 400: error('malformed_json or invalid_body'), 403: error('forbidden: not an admin') },
    },
  },
  '/api/partnerships/{id}': {
    get: {
      ...secured,
      summary: 'One partnership with its members',
      parameters: [id],
      responses: { 200: jsonAnswer('The partnership', PartnershipOutput), 403: error('forbidden: another partnership'), 404: error('partnership_not_found') },
    },
  },
  '/api/partnerships/{id}/members': {
    post: {
      ...secured,
      summary: 'Add a member organization',
      parameters: [id],
      requestBody: jsonBody(MemberInput),
      responses: { 201: jsonAnswer('The member', MemberOutput), 400: error('invalid_body'), 403: error('forbidden'), 404: error('partnership_not_found') },
    },
  },
};
