/** English text of the waiting-room display and its settings. */
export const displayEn = {
  display: {
    settings: 'Waiting-room display', pairingCode: 'Pairing code', pairingHint: 'At least 6 letters or digits. The TV opens {{url}}',
    showMaskedNames: 'Show masked patient names (e.g. TAN S*** L***)', notice: 'Notice (scrolls along the bottom)', languages: 'Call-out languages',
    nowServing: 'Now serving', room: 'Room', recent: 'Recently called', waiting: 'Waiting', nobody: '—',
    callout: 'Number {{ticket}}, room {{room}}', missingCode: 'Open this page with the pairing code from Clinic settings: #/display?code=…',
    connecting: 'Connecting to the clinic…', sound: 'Tap to turn on sound',
    fingerprint: 'Certificate fingerprint (SHA-256)',
    fingerprintHint: 'When you pair a TV, its browser warns that it does not know the hub’s certificate. Accept it only if the SHA-256 fingerprint the browser shows is the one above.',
    notEncrypted: 'Connections to this hub are not encrypted (plain HTTP). To encrypt them on the clinic network, start the hub with CLINICDESK_TLS=on: its certificate fingerprint then shows here.',
  },
};
