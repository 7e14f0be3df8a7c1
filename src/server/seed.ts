import type { InvoiceUpsert, ReminderInput } from '../contract/admin';
import type { CustomerUpsert } from '../contract/customer';
import type { CountryCode, CustomerKind, Stage } from '../contract/primitives';
import type { SettingsUpsert } from '../contract/settings';
import { addDays, type Money, money, scheduleByCount, toCalendarDate } from '../domain';
import type { AmicableDb } from './db/schema';
import { insertPlan, transitionPlan } from './plans/store';
import { pauseCustomer, upsertCustomer } from './store/customers';
import { upsertInvoice } from './store/invoices';
import { upsertSettings } from './store/settings';
import type { WriteContext } from './timeline';

/** The two demo creditors: a Norwegian energy company and a Dutch garden supplier. */
export type DemoVariant = 'fjordlys' | 'tulp';

export interface SeedOptions {
  /** The demo's "today": every due date and reminder is placed relative to it. Default: now. */
  now?: Date;
  /** The creditor id to seed under. Default: the variant's name. */
  creditorId?: string;
}

/** One seeded customer and the stage the seed placed them in. */
export interface SeededCustomer {
  id: string;
  name: string;
  country: CountryCode;
  kind: CustomerKind;
  locale: string;
  /** The stage the demo means this customer to be in on `now`. */
  stage: Stage;
  invoiceIds: string[];
  /** What else the demo shows with this customer, in a few words (`payment plan declined`). */
  situation?: string;
}

export interface SeedResult {
  creditorId: string;
  variant: DemoVariant;
  customers: SeededCustomer[];
}

const SETTINGS: Record<DemoVariant, SettingsUpsert> = {
  fjordlys: {
    name: 'Fjordlys Energi AS',
    country: 'NO',
    currency: 'NOK',
    locale: 'nb-NO',
    tone: { style: 'direct', formality: 'informal' },
    bankAccount: { accountNumber: '12345678903', iban: 'NO9386011117947', bic: 'DNBANOKK' },
    referenceScheme: 'kid',
    planPolicy: { minInstalment: { amount: 20000, currency: 'NOK' }, maxCount: 6, maxMonths: 6 },
    contact: {
      email: 'kundeservice@fjordlys.example',
      phone: '+47 22 00 00 00',
      url: 'https://fjordlys.example/hjelp',
    },
  },
  tulp: {
    name: 'Tulp & Co B.V.',
    country: 'NL',
    currency: 'EUR',
    locale: 'nl-NL',
    tone: { style: 'direct', formality: 'formal' },
    bankAccount: { iban: 'NL91ABNA0417164300', bic: 'ABNANL2A' },
    referenceScheme: 'nl',
    planPolicy: { minInstalment: { amount: 2500, currency: 'EUR' }, maxCount: 6, maxMonths: 6 },
    contact: {
      email: 'klantenservice@tulp.example',
      phone: '+31 20 000 0000',
      url: 'https://tulp.example/hulp',
    },
  },
};

interface Market {
  country: Exclude<CountryCode, 'other' | 'SE' | 'DK'>;
  locale: string;
  currency: string;
  /** Consumer and business names, one per scenario. */
  people: string[];
  businesses: string[];
  email: string;
}

const MARKETS: Market[] = [
  {
    country: 'NO',
    locale: 'nb-NO',
    currency: 'NOK',
    people: ['Kari Nordmann', 'Ola Hansen', 'Ingrid Berg', 'Sigrid Lie'],
    businesses: ['Bakeriet på Hjørnet AS', 'Nordlys Regnskap AS'],
    email: 'example.no',
  },
  {
    country: 'NL',
    locale: 'nl-NL',
    currency: 'EUR',
    people: ['Sanne de Vries', 'Daan Jansen', 'Emma Bakker', 'Lotte Visser'],
    businesses: ['Bloemenhuis Jansen B.V.', 'Van Dijk Installaties B.V.'],
    email: 'example.nl',
  },
  {
    country: 'DE',
    locale: 'de-DE',
    currency: 'EUR',
    people: ['Anna Schmidt', 'Lukas Müller', 'Sophie Weber', 'Jonas Fischer'],
    businesses: ['Bäckerei Schneider GmbH', 'Weber & Söhne KG'],
    email: 'example.de',
  },
  {
    country: 'GB',
    locale: 'en-GB',
    currency: 'GBP',
    people: ['Olivia Smith', 'Harry Jones', 'Amelia Taylor', 'George Brown'],
    businesses: ['Corner Café Ltd', 'Brown & Co Ltd'],
    email: 'example.co.uk',
  },
];

interface Scenario {
  stage: Stage;
  kind: CustomerKind;
  /** Days past the due date on `now` (negative: not yet due). */
  overdue: number;
  /** Notices sent, as days after the due date, with the kind they were. */
  notices: { after: number; kind: NonNullable<ReminderInput['kind']> }[];
  /** The creditor paused the process. */
  paused?: boolean;
  /**
   * The customer proposed a payment plan two days ago, which the creditor declined with this
   * message (in the market's language): the banner's declined-plan notice. Such a customer's id
   * ends in `-declined` instead of the stage.
   */
  declinedPlan?: Record<Market['country'], string>;
}

/**
 * One customer per stage and market. Stages follow the engine's rules: a stage is reached only
 * after the notice before it was sent and its deadline passed (14 days; 30 for the UK letter of claim).
 */
function scenarios(country: Market['country']): Scenario[] {
  const finalGap = country === 'GB' ? 30 : 14;
  return [
    { stage: 'upcoming', kind: 'consumer', overdue: -3, notices: [] },
    { stage: 'reminder', kind: 'consumer', overdue: 6, notices: [] },
    { stage: 'firm', kind: 'business', overdue: 20, notices: [{ after: 3, kind: 'reminder' }] },
    {
      stage: 'final',
      kind: 'consumer',
      overdue: 36,
      notices: [
        { after: 2, kind: 'reminder' },
        { after: 17, kind: 'firm' },
      ],
    },
    {
      stage: 'collection',
      kind: 'business',
      overdue: 31 + finalGap + 10,
      notices: [
        { after: 2, kind: 'reminder' },
        { after: 16, kind: 'firm' },
        { after: 31, kind: 'final' },
      ],
    },
    {
      stage: 'paused',
      kind: 'consumer',
      overdue: 12,
      notices: [{ after: 2, kind: 'reminder' }],
      paused: true,
    },
    // Last, so that a market's customer at the reminder stage is still the one above.
    {
      stage: 'reminder',
      kind: 'consumer',
      overdue: 10,
      notices: [{ after: 2, kind: 'reminder' }],
      declinedPlan: {
        NO: 'Seks måneder blir dessverre for lenge for oss, men tre måneder går fint. Send gjerne et nytt forslag.',
        NL: 'Zes maanden is voor ons helaas te lang, maar drie maanden is prima. Stuur gerust een nieuw voorstel.',
        DE: 'Sechs Monate sind für uns leider zu lang, aber drei Monate sind gut möglich. Schicken Sie gern einen neuen Vorschlag.',
        GB: 'Six months is a little too long for us, but three months would be fine. Please do send a new proposal.',
      },
    },
  ];
}

interface LineTemplate {
  description: string;
  /** Major units (kroner, euros, pounds) per unit. */
  price: number;
  quantity: number;
  reference?: string;
}

const LINES: Record<DemoVariant, Record<Market['country'], LineTemplate[]>> = {
  fjordlys: {
    NO: [
      {
        description: 'Strøm, forrige måned',
        price: 1441,
        quantity: 1,
        reference: 'Målepunkt 707057500012345678',
      },
      { description: 'Fastbeløp', price: 49, quantity: 1 },
    ],
    NL: [
      { description: 'Elektriciteit, vorige maand', price: 128.4, quantity: 1 },
      { description: 'Vastrecht', price: 6.5, quantity: 1 },
    ],
    DE: [
      { description: 'Strom, Vormonat', price: 142.3, quantity: 1 },
      { description: 'Grundpreis', price: 9.9, quantity: 1 },
    ],
    GB: [
      { description: 'Electricity, last month', price: 96.2, quantity: 1 },
      { description: 'Standing charge', price: 14.6, quantity: 1 },
    ],
  },
  tulp: {
    NO: [
      { description: 'Tulipanløk, 50 stk.', price: 24.5, quantity: 4 },
      { description: 'Frakt', price: 95, quantity: 1 },
    ],
    NL: [
      { description: 'Tulpenbollen, 50 stuks', price: 12.5, quantity: 8, reference: 'Bestelregel 3' },
      { description: 'Bezorging', price: 6.95, quantity: 1 },
    ],
    DE: [
      { description: 'Tulpenzwiebeln, 50 Stück', price: 13.9, quantity: 6 },
      { description: 'Versand', price: 7.5, quantity: 1 },
    ],
    GB: [
      { description: 'Tulip bulbs, pack of 50', price: 11.5, quantity: 5 },
      { description: 'Delivery', price: 8.95, quantity: 1 },
    ],
  },
};

const PREFIX: Record<DemoVariant, string> = { fjordlys: 'fl', tulp: 'tu' };

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

function minor(major: number): number {
  return Math.round(major * 100);
}

/**
 * Seeds a demo creditor with customers in Norway, the Netherlands, Germany and the UK, consumers
 * and businesses, one at every stage relative to `now`, through the same upsert code the admin
 * API uses. Idempotent: seeding again with the same `now` leaves the same data (and adds nothing
 * to any timeline). The Fjordlys variant also holds the CONTRACT's example customer `cust-1001`
 * with invoice `inv-2025-0042`.
 */
export async function seedDemo(
  db: AmicableDb,
  variant: DemoVariant,
  options: SeedOptions = {},
): Promise<SeedResult> {
  const now = options.now ?? new Date();
  const creditorId = options.creditorId ?? variant;
  const today = toCalendarDate(now);
  const customers: SeededCustomer[] = [];

  await db.transaction().execute(async (trx) => {
    const tx: WriteContext = { trx, creditorId, now, queuedEventIds: [] };
    await upsertSettings(tx, SETTINGS[variant]);

    if (variant === 'fjordlys') {
      customers.push(await seedContractExample(tx, today));
    }

    let serial = 1;
    for (const market of MARKETS) {
      let person = 0;
      let business = 0;
      for (const scenario of scenarios(market.country)) {
        const name =
          scenario.kind === 'consumer'
            ? (market.people[person++ % market.people.length] as string)
            : (market.businesses[business++ % market.businesses.length] as string);
        const situation = scenario.declinedPlan ? 'declined' : scenario.stage;
        const id = `${PREFIX[variant]}-${market.country.toLowerCase()}-${situation}`;
        const customer: CustomerUpsert = {
          name,
          email: `${slug(name)}@${market.email}`,
          locale: market.locale,
          country: market.country,
          kind: scenario.kind,
        };
        await upsertCustomer(tx, id, customer);

        const dueDate = addDays(today, -scenario.overdue);
        const issueDate = addDays(dueDate, -14);
        const number = `${today.slice(0, 4)}-${String(serial).padStart(4, '0')}`;
        const invoiceId = `${PREFIX[variant]}-inv-${market.country.toLowerCase()}-${situation}`;
        serial += 1;
        const lines = LINES[variant][market.country].map((template, index) => {
          const unit = minor(template.price);
          return {
            id: `l${index + 1}`,
            description: template.description,
            quantity: template.quantity,
            unitPrice: { amount: unit, currency: market.currency },
            amount: { amount: unit * template.quantity, currency: market.currency },
            ...(index === 0 ? { deliveredOn: addDays(issueDate, -1) } : {}),
            ...(template.reference ? { reference: template.reference } : {}),
          };
        });
        const invoice: InvoiceUpsert = {
          customerId: id,
          number,
          currency: market.currency,
          issueDate,
          dueDate,
          lines,
          references:
            variant === 'fjordlys' ? { contract: `K-${2200 + serial}` } : { order: `ORD-${5100 + serial}` },
          reminders: scenario.notices.map((notice) => ({
            sentAt: addDays(dueDate, notice.after),
            channel: notice.kind === 'final' ? 'letter' : 'email',
            kind: notice.kind,
          })),
        };
        await upsertInvoice(tx, invoiceId, invoice);
        if (scenario.paused) {
          await pauseCustomer(tx, id, { reason: 'Demo: the creditor is checking this account' });
        }
        if (scenario.declinedPlan) {
          const total = money(
            lines.reduce((sum, line) => sum + line.amount.amount, 0),
            market.currency,
          );
          await seedDeclinedPlan(tx, id, invoiceId, total, scenario.declinedPlan[market.country]);
        }
        customers.push({
          id,
          name,
          country: market.country,
          kind: scenario.kind,
          locale: market.locale,
          stage: scenario.stage,
          invoiceIds: [invoiceId],
          ...(scenario.declinedPlan ? { situation: 'payment plan declined' } : {}),
        });
      }
    }
  });

  return { creditorId, variant, customers };
}

const DAY_MS = 86_400_000;

/**
 * A plan of six monthly instalments, proposed four days before `tx.now` and declined two days
 * before it with `message`; once per customer, so that seeding again adds nothing.
 */
async function seedDeclinedPlan(
  tx: WriteContext,
  customerId: string,
  invoiceId: string,
  total: Money,
  message: string,
): Promise<void> {
  const existing = await tx.trx
    .selectFrom('plans')
    .select('id')
    .where('creditor_id', '=', tx.creditorId)
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  if (existing) return;
  const proposedAt = new Date(tx.now.getTime() - 4 * DAY_MS);
  const plan = await insertPlan(
    { ...tx, now: proposedAt },
    {
      customerId,
      invoiceIds: [invoiceId],
      status: 'pending',
      frequency: 'monthly',
      total: total.amount,
      fee: 0,
      currency: total.currency,
      respondBy: addDays(toCalendarDate(proposedAt), 3),
      reviewReasons: [],
      paidBefore: 0,
      instalments: scheduleByCount({
        total,
        count: 6,
        firstDueDate: addDays(toCalendarDate(proposedAt), 14),
      }),
    },
  );
  await transitionPlan(tx, plan.row.id, 'pending', 'rejected', {
    decided_at: new Date(tx.now.getTime() - 2 * DAY_MS).toISOString(),
    message,
  });
}

/** The CONTRACT's example, moved in time so that its first reminder went out six days ago. */
async function seedContractExample(tx: WriteContext, today: string): Promise<SeededCustomer> {
  await upsertCustomer(tx, 'cust-1001', {
    name: 'Kari Nordmann',
    email: 'kari@example.no',
    locale: 'nb-NO',
    country: 'NO',
    kind: 'consumer',
  });
  const dueDate = addDays(today, -22);
  await upsertInvoice(tx, 'inv-2025-0042', {
    customerId: 'cust-1001',
    number: '2025-0042',
    currency: 'NOK',
    issueDate: addDays(dueDate, -14),
    dueDate,
    lines: [
      {
        id: 'l1',
        description: 'Strøm, september',
        quantity: 1,
        unitPrice: { amount: 144100, currency: 'NOK' },
        amount: { amount: 144100, currency: 'NOK' },
        deliveredOn: addDays(dueDate, -4),
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
    reminders: [{ sentAt: addDays(dueDate, 16), channel: 'email', fee: { amount: 3750, currency: 'NOK' } }],
  });
  return {
    id: 'cust-1001',
    name: 'Kari Nordmann',
    country: 'NO',
    kind: 'consumer',
    locale: 'nb-NO',
    stage: 'reminder',
    invoiceIds: ['inv-2025-0042'],
  };
}
