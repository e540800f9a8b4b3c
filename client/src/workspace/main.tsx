import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { workspaceRoutes } from './router';
import { LocaleProvider } from './shell/locale';
import { queryClient } from './shell/query-client';
import { SessionProvider } from './shell/session';
import './workspace.css';

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
