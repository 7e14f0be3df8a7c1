// The request bodies of CONTRACT.md's "Examples" section, verbatim as JSON text, and
// well-formed responses to check the response schemas against.

/** `PUT /v1/admin/settings`, the Norwegian creditor. */
export const norwegianSettingsText = `{ "name": "Fjordlys Energi AS", "country": "NO", "currency": "NOK", "locale": "nb-NO",
  "tone": { "style": "direct", "formality": "informal" },
  "bankAccount": { "accountNumber": "12345678903" }, "referenceScheme": "kid",
  "planPolicy": { "minInstalment": { "amount": 20000, "currency": "NOK" }, "maxCount": 6, "maxMonths": 6 } }`;

/** `PUT /v1/admin/settings`, the Dutch creditor. */
export const dutchSettingsText = `{ "name": "Tulp & Co B.V.", "country": "NL", "currency": "EUR", "locale": "nl-NL",
  "tone": { "style": "direct", "formality": "formal" },
  "bankAccount": { "iban": "NL91ABNA0417164300", "bic": "ABNANL2A" }, "referenceScheme": "nl" }`;

/** `PUT /v1/admin/customers/cust-1001`. */
export const customerText = `{ "name": "Kari Nordmann", "email": "kari@example.no", "locale": "nb-NO", "country": "NO", "kind": "consumer" }`;

/** `PUT /v1/admin/invoices/inv-2025-0042`. */
export const invoiceText = `{ "customerId": "cust-1001", "number": "2025-0042", "currency": "NOK",
  "issueDate": "2026-09-20", "dueDate": "2026-10-04",
  "lines": [
    { "id": "l1", "description": "Strøm, september", "quantity": 1,
      "unitPrice": { "amount": 144100, "currency": "NOK" }, "amount": { "amount": 144100, "currency": "NOK" },
      "deliveredOn": "2026-09-30" },
    { "id": "l2", "description": "Fastbeløp", "quantity": 1,
      "unitPrice": { "amount": 4900, "currency": "NOK" }, "amount": { "amount": 4900, "currency": "NOK" } } ],
  "references": { "contract": "K-2231" },
  "reminders": [ { "sentAt": "2026-10-20", "channel": "email", "fee": { "amount": 3750, "currency": "NOK" } } ] }`;

/** `POST /v1/plans`. */
export const planText = `{ "invoiceIds": ["inv-2025-0042"], "count": 3, "firstDueDate": "2026-12-01" }`;

/** A fresh parsed copy of an example, safe to mutate in a test. */
export function example(text: string): Record<string, unknown> {
  return JSON.parse(text) as Record<string, unknown>;
}

const nok = (amount: number) => ({ amount, currency: 'NOK' });

/** A plan as `POST /v1/plans` answers it (the example's 201). */
export function planResponse() {
  return {
    id: 'plan_1',
    status: 'accepted',
    invoiceIds: ['inv-2025-0042'],
    total: nok(152750),
    instalments: [
      { dueDate: '2026-12-01', amount: nok(50917), status: 'due' },
      { dueDate: '2027-01-01', amount: nok(50917), status: 'due' },
      { dueDate: '2027-02-01', amount: nok(50916), status: 'due' },
    ],
    createdAt: '2026-11-02T10:00:00Z',
  };
}

/** An invoice summary in the reminder stage. */
export function invoiceSummary() {
  return {
    id: 'inv-2025-0042',
    number: '2025-0042',
    currency: 'NOK',
    total: nok(149000),
    outstanding: nok(152750),
    issueDate: '2026-09-20',
    dueDate: '2026-10-04',
    daysOverdue: 29,
    status: 'open',
    stage: 'reminder',
  };
}

/** A full account summary. */
export function accountSummary() {
  return {
    customer: { id: 'cust-1001', name: 'Kari Nordmann', locale: 'nb-NO', kind: 'consumer', country: 'NO' },
    creditor: { name: 'Fjordlys Energi AS' },
    stage: 'reminder',
    tone: { style: 'direct', formality: 'informal' },
    currency: 'NOK',
    totals: { overdue: nok(152750), open: nok(152750), disputed: nok(0) },
    invoices: [invoiceSummary()],
    nextStep: { kind: 'final', date: '2026-11-10', fee: nok(3750), descriptionKey: 'nextStep.final' },
    plan: null,
    disputes: [],
    promise: null,
    actions: ['view', 'pay', 'plan', 'promise', 'dispute'],
    paymentOptions: { card: false, bankTransfer: true, partial: false },
  };
}

/** A full invoice detail. */
export function invoiceDetail() {
  return {
    ...invoiceSummary(),
    creditor: { name: 'Fjordlys Energi AS', url: 'https://fjordlys.example/hjelp' },
    lines: [
      {
        id: 'l1',
        description: 'Strøm, september',
        quantity: 1,
        unitPrice: nok(144100),
        amount: nok(144100),
        deliveredOn: '2026-09-30',
      },
    ],
    references: { contract: 'K-2231' },
    charges: [
      { kind: 'reminder_fee', amount: nok(3750), basis: 'no.inkassoforskriften.1-2', addedOn: '2026-10-20' },
      {
        kind: 'late_interest',
        amount: nok(1300),
        basis: 'no.forsinkelsesrenteloven.3',
        rate: 12,
        period: { from: '2026-10-05', to: '2026-11-02' },
      },
    ],
    payments: [],
    timeline: [{ at: '2026-10-20', type: 'reminder.sent', channel: 'email', fee: nok(3750) }],
    nextStep: { kind: 'final', date: '2026-11-10', descriptionKey: 'nextStep.final' },
    payment: {
      bankAccount: { accountNumber: '12345678903', holder: 'Fjordlys Energi AS' },
      reference: { scheme: 'kid', value: '20250042', display: '2025 0042' },
      amount: nok(152750),
    },
  };
}
