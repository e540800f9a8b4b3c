import { QueryClient } from '@tanstack/react-query';

/** The workspace's one query cache, shared by the screens and by route loaders that fill it early. */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: true, staleTime: 5_000 } },
});
