import type { PrinterFailureReason } from '../../../shared/schemas/printer';

/** Why the receipt printer failed, in the sentence "The receipt printer did not answer (…)". */
const reasons: Record<PrinterFailureReason, string> = {
  timeout: 'no answer in time',
  refused: 'it refused the connection',
  unreachable: 'not reachable on the network',
  'unknown-host': 'address not found',
  closed: 'the connection dropped',
  'no-port': 'port not found — is the cable plugged in?',
  'no-permission': 'no permission to use the port',
  busy: 'the port is in use by another program',
  'paper-out': 'out of paper',
  'cover-open': 'the cover is open',
  'printer-error': 'printer error — a paper jam or the cutter',
  offline: 'offline',
  error: 'connection error',
};

/** English text of clinic settings: profile, security, backup, panels, rooms and the receipt printer. */
export const clinicEn = {
  clinic: { profile: 'Clinic profile', security: 'Security', idleLock: 'Lock the screen after (minutes idle)', backup: 'Backup settings', folder: 'Backup folder', folderHelp: 'Its full path, such as E:\\ClinicDesk or /media/usb/ClinicDesk', dailyAt: 'Daily backup time (HH:MM)', keep: 'Backups to keep' },
  panels: {
    title: 'Panels', none: 'No panels yet. Add the companies and insurers whose member cards you accept.', code: 'Code', name: 'Name', kind: 'Kind',
    add: 'Add panel',
    cap: 'Cap per visit (RM)', noCap: 'No cap', excluded: 'Not covered', copayFixed: 'Co-payment (RM)', copayPercent: 'Co-payment (%)',
    deadline: 'Claim within (days)', mcAllowed: 'Accepts MC', tin: 'TIN (e-invoice)', registrationNo: 'Registration no.',
    kinds: { corporate: 'Company', insurer: 'Insurer', government: 'Government scheme', tpa: 'Third-party administrator' },
  },
  rooms: {
    title: 'Rooms and stations', code: 'Code', name: 'Name', kind: 'Kind', ticketPrefix: 'Ticket letter', active: 'Taking patients',
    add: 'Add room', none: 'No rooms yet.',
  },
  printing: {
    reasons,
    settings: 'Receipt printer',
    kind: 'Printer',
    kinds: {
      none: 'None — print tickets as PDFs on the office printer',
      'escpos-serial': 'Receipt printer on a USB or serial port (ESC/POS)',
      'escpos-tcp': 'Network receipt printer (ESC/POS, port 9100)',
    },
    path: 'Port',
    pathHint: 'Linux: /dev/ttyUSB0 or /dev/ttyACM0. Windows: COM3. macOS: /dev/cu.usbserial-…',
    baudRate: 'Speed (baud)',
    host: 'Printer address',
    hostHint: 'The IP address the printer prints on its self-test page, e.g. 192.168.1.50.',
    port: 'Port',
    paperWidth: 'Paper width',
    // Quoted: typed keys are built from string keys only.
    paperWidths: { '58': '58 mm (32 characters a line)', '80': '80 mm (48 characters a line)' },
    copies: 'Copies',
    printTicketAtCheckIn: 'Print the ticket by itself at check-in',
    checkStatus: 'Ask the printer whether it is ready (paper, cover) before printing',
    checkStatusHint: 'Turn off only if every print fails with “did not answer” although the printer works.',
    testPrint: 'Test print',
    testPrinted: 'Test page sent. The numbered line should fill exactly one line of paper.',
    ticket: 'Ticket {{ticketNo}}',
    printTicket: 'Print ticket',
    reprintTicket: 'Reprint ticket',
    openPdf: 'Open PDF',
    printing: 'Printing…',
    printed: 'Printed on the receipt printer.',
    reprinted: 'Printed again (print {{printNo}} of this ticket).',
    pdfOpened: 'The ticket opened in a new window: print it from there.',
    pdfDownloaded: 'The ticket was saved as {{fileName}}: open it to print.',
  },
};
