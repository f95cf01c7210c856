import { CssBaseline, ThemeProvider, createTheme } from '@mui/material';
import { QueryClientProvider } from '@tanstack/react-query';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createHashRouter, RouterProvider } from 'react-router';
import type { AppRouter } from '../main/api/router';
import { appErrorOf } from './api/app-error';
import { createQueryClient, reconnectSchedule, trpcClient, TRPCProvider } from './api/client';
import { AppGate } from './app-gate';
import { createI18n } from './i18n/i18n';
import './styles/print.css';

const i18n = createI18n();
document.documentElement.lang = i18n.language;

const queryClient = createQueryClient((error) => {
  // Any call can discover that the screen was locked or the session ended elsewhere;
  // refetching who is signed in moves the app to the lock or sign-in screen.
  const code = appErrorOf(error)?.code;
  if (code === 'SESSION_LOCKED' || code === 'NOT_SIGNED_IN') void queryClient.invalidateQueries({ queryKey: api.auth.session.queryKey() });
  if (code === 'STORE_NOT_OPEN') void queryClient.invalidateQueries({ queryKey: api.setup.status.queryKey() });
});
const api = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
// Back from a lost link (a hub restart, a network drop): what every screen shows may have changed
// meanwhile, the sign-in may be gone and the store may need its recovery code, so all is read again.
reconnectSchedule.onReconnected(() => void queryClient.invalidateQueries());

const theme = createTheme({
  palette: { primary: { main: '#00695c' } },
  // A clinic PC is shared: the browser must not keep what is typed (names, ICs, phones, complaints)
  // and offer it to the next user. Fields that want the password manager's help say so themselves.
  components: { MuiTextField: { defaultProps: { autoComplete: 'off' } } },
});
// A hash router keeps every route on index.html, so relative assets load under file:// too.
const router = createHashRouter([{ path: '*', element: <AppGate /> }]);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <QueryClientProvider client={queryClient}>
          <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
            <RouterProvider router={router} />
          </TRPCProvider>
        </QueryClientProvider>
      </ThemeProvider>
    </I18nextProvider>
  </StrictMode>,
);
