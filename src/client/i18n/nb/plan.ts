import type { PartCopy } from '../parts';
import { byCount, n } from './common';

/** Norwegian Bokmål copy of the instalment proposer and the promise to pay. */
export const copy: PartCopy<'plan'> = {
  plan: {
    heading: 'Foreslå en avdragsordning',
    intro:
      'Del beløpet opp i avdrag som passer økonomien. En avdragsordning innenfor vilkårene nedenfor blir avtalt med en gang.',
    modeInstalments: 'Betal i avdrag',
    modePromise: 'Betal alt på én dato',
    count: 'Antall avdrag',
    countOption: (p) => `${n(p.count)} avdrag`,
    amountPerInstalment: 'Beløp per avdrag',
    firstDate: 'Første betalingsdato',
    scheduleHeading: 'Nedbetalingsplan',
    instalment: (p) => `Avdrag ${n(p.index)}`,
    scheduleRow: (p) => `Avdrag ${n(p.index)}: ${p.amount}, forfaller ${p.date}`,
    total: (p) => `Totalt ${p.amount}`,
    fee: (p) => `Gebyr for avdragsordningen: ${p.amount}`,
    policyHeading: 'Vilkår for avdragsordninger',
    policyMinInstalment: (p) => `Hvert avdrag er på minst ${p.amount}.`,
    policyMaxCount: (p) => `Opptil ${n(p.count)} avdrag.`,
    policyMaxMonths: (p) =>
      byCount(p.count, 'Nedbetalt innen 1 måned.', `Nedbetalt innen ${n(p.count)} måneder.`),
    policyFirstWithin: (p) =>
      byCount(
        p.count,
        'Første betaling skjer innen 1 dag.',
        `Første betaling skjer innen ${n(p.count)} dager.`,
      ),
    policyFee: (p) => `En avdragsordning koster ${p.amount}, som legges til det første avdraget.`,
    policyNoFee: 'En avdragsordning koster ikke noe ekstra.',
    outsidePolicy: (p) =>
      `Forslaget er utenfor de vanlige vilkårene, så ${p.creditor} ser på det og svarer. Purringene stanses så lenge.`,
    violations: {
      minInstalment: (p) => `Hvert avdrag må være på minst ${p.amount}. Med færre avdrag går det.`,
      maxCount: (p) => `En avdragsordning kan ha høyst ${n(p.count)} avdrag.`,
      maxMonths: (p) =>
        byCount(
          p.count,
          'Siste avdrag må være innen 1 måned.',
          `Siste avdrag må være innen ${n(p.count)} måneder.`,
        ),
      firstTooLate: (p) => `Første betaling må være senest ${p.date}.`,
      firstInPast: 'Første betalingsdato må være i dag eller senere.',
      sumMismatch: (p) => `Avdragene må til sammen bli ${p.amount}.`,
      notOffered:
        'Avdragsordning er ikke tilgjengelig for denne fakturaen. Det går fortsatt an å velge en betalingsdato.',
    },
    submit: 'Send forslaget',
    sending: 'Sender …',
    acceptedHeading: 'Avdragsordningen er avtalt',
    acceptedBody: (p) =>
      `Første avdrag på ${p.amount} forfaller ${p.date}. Det sendes ingen purringer så lenge avtalen følges.`,
    pendingHeading: 'Forslaget er sendt',
    pendingBody: (p) => `${p.creditor} svarer innen ${p.date}. Purringene er stanset til da.`,
    promiseDate: 'Betalingsdato',
    promiseStatement: (p) => `Jeg betaler hele beløpet innen ${p.date}`,
    promiseHint: (p) => `Velg en dato senest ${p.date}.`,
    promiseTooLate: (p) => `Betalingsdatoen må være senest ${p.date}.`,
    submitPromise: 'Bekreft betalingsdatoen',
    promiseConfirmedHeading: 'Betalingsdatoen er bekreftet',
    promiseConfirmedBody: (p) =>
      `${p.amount} ventes innbetalt innen ${p.date}. Det sendes ingen purringer før da.`,
    splitBy: 'Hvordan skal beløpet deles opp?',
    splitByCount: 'Etter antall avdrag',
    splitByAmount: 'Etter beløp per avdrag',
    countOptionReview: (p) => `${n(p.count)} avdrag (må godkjennes)`,
    amountHint: (p) => `Minst ${p.min}. Nedbetalingsplanen viser hvor mange avdrag det blir.`,
    firstDateHint: (p) => `En dag fra ${p.earliest} til ${p.latest}.`,
    frequency: 'Hvor ofte',
    monthly: 'Hver måned',
    biweekly: 'Annenhver uke',
    scheduleWaiting:
      'Velg hvordan beløpet skal deles opp og første betalingsdato, så vises nedbetalingsplanen.',
    scheduleSummary: (p) =>
      byCount(
        p.count,
        `Én betaling på ${p.total} ${p.first}.`,
        `${n(p.count)} avdrag fra ${p.first} til ${p.last}, ${p.total} totalt.`,
      ),
    instalmentHeader: 'Avdrag',
    dueDate: 'Forfallsdato',
    amount: 'Beløp',
    status: 'Status',
    statuses: {
      due: 'Forfaller',
      paid: 'Betalt',
      part_paid: 'Delvis betalt',
      overdue: 'Forsinket',
      missed: 'Ikke betalt',
    },
    includesFee: (p) => `inkludert gebyret for avdragsordningen på ${p.amount}`,
    waivedInterest: (p) => `Renter på ${p.amount} faller bort så lenge avtalen følges.`,
    policyGrace: (p) =>
      byCount(
        p.count,
        'Avdragsordningen gjelder fortsatt om et avdrag betales inntil 1 dag for sent.',
        `Avdragsordningen gjelder fortsatt om et avdrag betales inntil ${n(p.count)} dager for sent.`,
      ),
    policyReview: (p) =>
      byCount(
        p.count,
        `Det går an å foreslå en avdragsordning utenfor disse vilkårene: ${p.creditor} svarer innen 1 dag.`,
        `Det går an å foreslå en avdragsordning utenfor disse vilkårene: ${p.creditor} svarer innen ${n(p.count)} dager.`,
      ),
    moreViolations: {
      frequency: 'Avdragene forfaller én gang i måneden.',
      afterLapse: 'En tidligere avdragsordning for denne fakturaen ble avsluttet før beløpet var nedbetalt.',
      currency: 'Avdragene må være i samme valuta som fakturaen.',
      countTooHigh: (p) => `Det ville blitt mer enn ${n(p.count)} avdrag. Skriv inn et høyere beløp.`,
    },
    howToPayHeading: 'Betalingsinformasjon',
    howToPayPlan: 'Betal hvert avdrag med bankoverføring innen forfallsdatoen, med disse opplysningene:',
    howToPayPromise: 'Betal med bankoverføring innen datoen, med disse opplysningene:',
    alreadyPlanned: 'Det finnes allerede en avdragsordning for denne fakturaen.',
    alreadyPromised: 'Det er allerede gitt en betalingsdato for denne fakturaen.',
    nothingToPay: 'Det er ikke noe igjen å betale på denne fakturaen.',
    loadFailed: 'Valgene for å dele opp betalingen kunne ikke hentes akkurat nå. Prøv igjen om litt.',
    sendFailed: 'Forslaget kunne ikke sendes akkurat nå. Prøv igjen.',
    promiseHeading: 'Velg en betalingsdato',
    promiseIntro: (p) => `Velg dagen ${p.amount} blir betalt. Det sendes ingen purringer før da.`,
    promiseInPast: 'Betalingsdatoen må være i dag eller senere.',
  },
};
