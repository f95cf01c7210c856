// Per window, not per machine: closing the window ends the sign-in, a reload keeps it.
const TOKEN_KEY = 'clinicdesk.token';

export function readToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function saveToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token);
}

export function clearToken(): void {
  sessionStorage.removeItem(TOKEN_KEY);
}
