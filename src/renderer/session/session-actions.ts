import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginResult, SessionInfo } from '../../shared/schemas/auth';
import { useTRPC } from '../api/client';
import { clearToken, saveToken } from '../api/token';

/** Sign-in, sign-out and lock, each leaving the cached session in the state the hub is in. */
export function useSessionActions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessionKey = trpc.auth.session.queryKey();

  const signedIn = (result: LoginResult): void => {
    saveToken(result.token);
    const session: SessionInfo = { user: result.user, locked: false, idleLockMinutes: result.idleLockMinutes };
    queryClient.setQueryData(sessionKey, session);
    // Whatever was cached belonged to whoever used this window before.
    void queryClient.invalidateQueries({ predicate: (query) => JSON.stringify(query.queryKey) !== JSON.stringify(sessionKey) });
  };

  const signedOut = async (): Promise<void> => {
    clearToken();
    // The next person to sign in starts at Home, not on the screen the last one left open.
    window.location.hash = '#/';
    queryClient.setQueryData(sessionKey, null);
    await queryClient.resetQueries();
  };

  const logout = useMutation(trpc.auth.logout.mutationOptions({ onSettled: signedOut }));
  const lock = useMutation(trpc.auth.lock.mutationOptions({ onSettled: () => queryClient.invalidateQueries({ queryKey: sessionKey }) }));

  return {
    signedIn,
    signedOut,
    refreshSession: () => queryClient.invalidateQueries({ queryKey: sessionKey }),
    logout: () => logout.mutate(),
    lock: () => lock.mutate(),
  };
}
