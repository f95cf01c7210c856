import { AppBar, Box, Button, Drawer, List, ListItemButton, ListItemIcon, ListItemText, Stack, Toolbar, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import LogoutIcon from '@mui/icons-material/Logout';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router';
import type { SessionInfo } from '../../shared/schemas/auth';
import { useTRPC } from '../api/client';
import { useLiveUpdates } from '../api/live-updates';
import { useSessionActions } from '../session/session-actions';
import { SessionContext } from '../session/session-context';
import { useIdleTimer } from '../session/use-idle-timer';
import { AssistantButton } from '../modules/assistant/assistant-panel';
import { AuditChainBanner } from './audit-chain-banner';
import { BackupStatusLine } from './backup-status';
import { LanguageSwitcher } from './language-switcher';
import { mayOpen, visibleEntries } from './nav-access';
import { NAV_MODULES } from './nav-modules';
import { NotPermitted } from './not-permitted';

const DRAWER_WIDTH = 240;

export function AppShell({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const actions = useSessionActions();
  const status = useQuery(trpc.setup.status.queryOptions());
  const lock = actions.lock;
  useIdleTimer(session.idleLockMinutes, useCallback(() => lock(), [lock]));
  useLiveUpdates();
  const permissions = session.user.permissions;

  return (
    <SessionContext.Provider value={session}>
      <Box sx={{ display: 'flex', minHeight: '100vh' }}>
        <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
          <Toolbar sx={{ gap: 2 }}>
            <Typography variant="h6" component="div" sx={{ flexGrow: 1 }} noWrap>
              {status.data?.clinicName ?? 'ClinicDesk'}
            </Typography>
            <Typography data-testid="current-user">{session.user.displayName}</Typography>
            <AssistantButton />
            <LanguageSwitcher dark />
            <Button color="inherit" startIcon={<LockIcon />} onClick={lock} data-testid="lock">
              {t('shell.lock')}
            </Button>
            <Button color="inherit" startIcon={<LogoutIcon />} onClick={actions.logout} data-testid="signout">
              {t('shell.signOut')}
            </Button>
          </Toolbar>
        </AppBar>
        <Drawer variant="permanent" sx={{ width: DRAWER_WIDTH, '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' } }}>
          <Toolbar />
          <List component="nav" aria-label="main">
            {visibleEntries(NAV_MODULES, permissions).map((module) => (
              <ListItemButton key={module.key} component={NavLink} to={module.path} end data-testid={`nav-${module.key}`}>
                <ListItemIcon>
                  <module.icon />
                </ListItemIcon>
                <ListItemText primary={t(`nav.${module.key}`)} />
              </ListItemButton>
            ))}
          </List>
          <Box sx={{ mt: 'auto', p: 2 }}>
            <BackupStatusLine />
          </Box>
        </Drawer>
        <Stack component="main" sx={{ flexGrow: 1, p: 3, minWidth: 0 }}>
          <Toolbar />
          {permissions.includes('audit.view') && <AuditChainBanner />}
          <Routes>
            {NAV_MODULES.map((module) => (
              <Route key={module.key} path={module.path} element={mayOpen(module, permissions) ? <module.page /> : <NotPermitted />} />
            ))}
            <Route path="*" element={<NotPermitted />} />
          </Routes>
        </Stack>
      </Box>
    </SessionContext.Provider>
  );
}
