import type { ledgerEn } from './translations.en';

export const ledgerMs: typeof ledgerEn = {
  ledger: {
    subtitle: 'Buku akaun klinik: setiap invois, bayaran, pendispensan dan penerimaan barang dicatat sebagai catatan yang seimbang, tidak pernah disunting; pembatalan mencatat pembalikannya.',
    from: 'Dari',
    to: 'Hingga',
    types: { asset: 'Aset', liability: 'Liabiliti', equity: 'Ekuiti', income: 'Pendapatan', expense: 'Perbelanjaan' },
    trialBalance: {
      title: 'Imbangan duga',
      code: 'Kod',
      account: 'Akaun',
      type: 'Jenis',
      debit: 'Debit',
      credit: 'Kredit',
      balance: 'Baki',
      balanceDebit: 'Baki (Dt)',
      balanceCredit: 'Baki (Kt)',
      total: 'Jumlah',
      balanced: 'Debit sama dengan kredit',
      unbalanced: 'Debit dan kredit berbeza sebanyak {{amount}}: maklumkan sokongan ClinicDesk anda.',
      exportCsv: 'Imbangan duga (CSV)',
      file: 'imbangan-duga',
    },
    dayBook: {
      title: 'Buku harian',
      empty: 'Tiada catatan pada tarikh ini.',
      date: 'Tarikh',
      postedAt: 'Dicatat',
      entry: 'Catatan',
      reference: 'Rujukan',
      capped: 'Hanya {{count}} catatan pertama ditunjukkan: pilih tarikh yang lebih sedikit.',
      exportCsv: 'Buku harian (CSV)',
      file: 'buku-harian',
    },
    statement: { title: '{{code}} {{name}}', opening: 'Baki dibawa ke hadapan', closing: 'Baki pada akhir tempoh', close: 'Tutup', open: 'Klik akaun untuk penyatanya.' },
    kinds: { invoice: 'Invois dikeluarkan', 'invoice-void': 'Invois dibatalkan', receipt: 'Bayaran diterima', 'receipt-void': 'Bayaran dibatalkan', 'credit-note': 'Nota kredit', refund: 'Bayaran balik', dispensing: 'Ubat didispens, pada kos', 'goods-received': 'Barang diterima', 'supplier-return': 'Dipulangkan kepada pembekal', 'panel-payment': 'Bayaran panel' },
  },
};
