import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { workspaceRoutes } from './router';
import { LocaleProvider } from './shell/locale';
import { SessionProvider } from './shell/session';
import './workspace.css';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: true, staleTime: 5_000 } },
});
const router = createBrowserRouter(workspaceRoutes);

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <LocaleProvider>
            <RouterProvider router={router} />
          </LocaleProvider>
        </SessionProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
