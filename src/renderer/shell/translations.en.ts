/** English text of the app shell: navigation, the top bar, the not-permitted page. */
export const shellEn = {
  nav: { home: 'Home', patients: 'Patients', users: 'Users', roles: 'Roles & permissions', clinic: 'Clinic settings', medicines: 'Medicines', queue: 'Queue', consultation: 'Doctor’s room', dispensary: 'Dispensary', appointments: 'Appointments', schedules: 'Schedules', audit: 'Audit log', backups: 'Backups', purchasing: 'Purchasing', stockTake: 'Stock take', registers: 'Poisons registers', stock: 'Stock', fees: 'Fees', billing: 'Billing', till: 'Till & closing', doctorFees: 'Doctors’ fees', einvoices: 'e-Invoices', claims: 'Panel claims', ledger: 'Ledger', ai: 'AI provider', aiLog: 'AI log' },
  shell: { lock: 'Lock', signOut: 'Sign out', lastBackup: 'Last backup {{when}}', noBackup: 'No backup yet', backupFailed: 'Last backup failed: {{error}}' },
  notPermitted: { title: 'Not permitted', body: 'Your role does not allow this screen. Ask the clinic admin if you need it.' },
};
