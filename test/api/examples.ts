/** The request bodies CONTRACT.md says must be accepted exactly as written. */
export const FJORDLYS_SETTINGS = {
  name: 'Fjordlys Energi AS',
  country: 'NO',
  currency: 'NOK',
  locale: 'nb-NO',
  tone: { style: 'direct', formality: 'informal' },
  bankAccount: { accountNumber: '12345678903' },
  referenceScheme: 'kid',
  planPolicy: { minInstalment: { amount: 20000, currency: 'NOK' }, maxCount: 6, maxMonths: 6 },
};

export const TULP_SETTINGS = {
  name: 'Tulp & Co B.V.',
  country: 'NL',
  currency: 'EUR',
  locale: 'nl-NL',
  tone: { style: 'direct', formality: 'formal' },
  bankAccount: { iban: 'NL91ABNA0417164300', bic: 'ABNANL2A' },
  referenceScheme: 'nl',
};

export const KARI = {
  name: 'Kari Nordmann',
  email: 'kari@example.no',
  locale: 'nb-NO',
  country: 'NO',
  kind: 'consumer',
};

export const INVOICE_0042 = {
  customerId: 'cust-1001',
  number: '2025-0042',
  currency: 'NOK',
  issueDate: '2026-09-20',
  dueDate: '2026-10-04',
  lines: [
    {
      id: 'l1',
      description: 'Strøm, september',
      quantity: 1,
      unitPrice: { amount: 144100, currency: 'NOK' },
      amount: { amount: 144100, currency: 'NOK' },
      deliveredOn: '2026-09-30',
    },
    {
      id: 'l2',
      description: 'Fastbeløp',
      quantity: 1,
      unitPrice: { amount: 4900, currency: 'NOK' },
      amount: { amount: 4900, currency: 'NOK' },
    },
  ],
  references: { contract: 'K-2231' },
  reminders: [{ sentAt: '2026-10-20', channel: 'email', fee: { amount: 3750, currency: 'NOK' } }],
};
