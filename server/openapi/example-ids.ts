/**
 * Ids the request examples of the API document refer to. They stand for an existing
 * partnership, consultation or questionnaire; a client puts its own ids in their place.
 */
export const EXAMPLE_IDS = {
  partnership: '7d0c4a52-3f55-4d1e-9b8a-2a7e1c9d0b11',
  response: '5b6f1f0e-8c1a-4f57-a0d2-9e3b7c4d2a10',
} as const;

/** The person the sign-in example names; a client signs in with its own. */
export const EXAMPLE_PERSON = { email: 'researcher@example.org', password: 'correct horse battery staple' } as const;
