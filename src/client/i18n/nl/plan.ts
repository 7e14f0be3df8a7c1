import type { PartCopy } from '../parts';
import { byCount, n } from './common';

/** Dutch copy of the instalment proposer and the promise to pay. */
export const copy: PartCopy<'plan'> = {
  plan: {
    heading: 'Betalingsregeling voorstellen',
    intro:
      'Spreid het bedrag over termijnen die haalbaar zijn. Een betalingsregeling binnen de voorwaarden hieronder is meteen afgesproken.',
    modeInstalments: 'In termijnen betalen',
    modePromise: 'Alles op één datum betalen',
    count: 'Aantal termijnen',
    countOption: (p) => byCount(p.count, '1 termijn', `${n(p.count)} termijnen`),
    amountPerInstalment: 'Bedrag per termijn',
    firstDate: 'Eerste betaaldatum',
    scheduleHeading: 'Betaalschema',
    instalment: (p) => `Termijn ${n(p.index)}`,
    scheduleRow: (p) => `Termijn ${n(p.index)}: ${p.amount} op ${p.date}`,
    total: (p) => `Totaal ${p.amount}`,
    fee: (p) => `Kosten betalingsregeling ${p.amount}`,
    policyHeading: 'Voorwaarden voor een betalingsregeling',
    policyMinInstalment: (p) => `Elke termijn is minstens ${p.amount}.`,
    policyMaxCount: (p) => byCount(p.count, 'Hooguit 1 termijn.', `Hooguit ${n(p.count)} termijnen.`),
    policyMaxMonths: (p) =>
      byCount(p.count, 'Binnen 1 maand afbetaald.', `Binnen ${n(p.count)} maanden afbetaald.`),
    policyFirstWithin: (p) =>
      byCount(
        p.count,
        'De eerste betaling valt binnen 1 dag.',
        `De eerste betaling valt binnen ${n(p.count)} dagen.`,
      ),
    policyFee: (p) => `Een betalingsregeling kost ${p.amount}; dat komt bij de eerste termijn.`,
    policyNoFee: 'Een betalingsregeling kost niets extra.',
    outsidePolicy: (p) =>
      `Dit voorstel valt buiten de gebruikelijke voorwaarden. ${p.creditor} bekijkt het en reageert; de herinneringen staan zolang stil.`,
    violations: {
      minInstalment: (p) => `Elke termijn moet minstens ${p.amount} zijn. Met minder termijnen lukt dat.`,
      maxCount: (p) =>
        byCount(
          p.count,
          'Een betalingsregeling heeft hooguit 1 termijn.',
          `Een betalingsregeling heeft hooguit ${n(p.count)} termijnen.`,
        ),
      maxMonths: (p) =>
        byCount(
          p.count,
          'De laatste termijn moet binnen 1 maand vallen.',
          `De laatste termijn moet binnen ${n(p.count)} maanden vallen.`,
        ),
      firstTooLate: (p) => `De eerste betaling moet uiterlijk op ${p.date} zijn.`,
      firstInPast: 'De eerste betaaldatum moet vandaag of later zijn.',
      sumMismatch: (p) => `De termijnen moeten samen ${p.amount} zijn.`,
      notOffered: 'Voor deze factuur is geen betalingsregeling mogelijk. Een betaaldatum kiezen kan wel.',
    },
    submit: 'Voorstel versturen',
    sending: 'Bezig met versturen…',
    acceptedHeading: 'De betalingsregeling is afgesproken',
    acceptedBody: (p) =>
      `De eerste termijn van ${p.amount} vervalt op ${p.date}. Zolang de afspraken worden nagekomen, volgen er geen herinneringen.`,
    pendingHeading: 'Voorstel verstuurd',
    pendingBody: (p) => `${p.creditor} reageert uiterlijk ${p.date}. Tot dan staan de herinneringen stil.`,
    promiseDate: 'Betaaldatum',
    promiseStatement: (p) => `Ik betaal alles uiterlijk op ${p.date}`,
    promiseHint: (p) => `Kies een datum tot en met ${p.date}.`,
    promiseTooLate: (p) => `De betaaldatum moet uiterlijk ${p.date} zijn.`,
    submitPromise: 'Betaaldatum bevestigen',
    promiseConfirmedHeading: 'Betaaldatum bevestigd',
    promiseConfirmedBody: (p) =>
      `De betaling van ${p.amount} wordt uiterlijk op ${p.date} verwacht. Tot dan volgen er geen herinneringen.`,
    splitBy: 'Hoe wordt het bedrag verdeeld?',
    splitByCount: 'Op aantal termijnen',
    splitByAmount: 'Op bedrag per termijn',
    countOptionReview: (p) => `${n(p.count)} termijnen (goedkeuring nodig)`,
    amountHint: (p) => `Minstens ${p.min}. Het schema laat zien hoeveel termijnen dat worden.`,
    firstDateHint: (p) => `Een dag van ${p.earliest} tot en met ${p.latest}.`,
    frequency: 'Hoe vaak',
    monthly: 'Elke maand',
    biweekly: 'Elke twee weken',
    scheduleWaiting: 'Kies hoe het bedrag verdeeld wordt en een eerste betaaldatum om het schema te zien.',
    scheduleSummary: (p) =>
      byCount(
        p.count,
        `Eén betaling van ${p.total} op ${p.first}.`,
        `${n(p.count)} termijnen van ${p.first} tot ${p.last}, in totaal ${p.total}.`,
      ),
    instalmentHeader: 'Termijn',
    dueDate: 'Vervaldatum',
    amount: 'Bedrag',
    status: 'Status',
    statuses: {
      due: 'Te betalen',
      paid: 'Betaald',
      part_paid: 'Deels betaald',
      overdue: 'Te laat',
      missed: 'Niet betaald',
    },
    includesFee: (p) => `inclusief ${p.amount} kosten voor de betalingsregeling`,
    waivedInterest: (p) => `De rente van ${p.amount} vervalt zolang de betalingsregeling wordt nagekomen.`,
    policyGrace: (p) =>
      byCount(
        p.count,
        'De betalingsregeling blijft gelden als een termijn tot 1 dag te laat wordt betaald.',
        `De betalingsregeling blijft gelden als een termijn tot ${n(p.count)} dagen te laat wordt betaald.`,
      ),
    policyReview: (p) =>
      byCount(
        p.count,
        `Een betalingsregeling buiten deze voorwaarden voorstellen kan ook: ${p.creditor} reageert binnen 1 dag.`,
        `Een betalingsregeling buiten deze voorwaarden voorstellen kan ook: ${p.creditor} reageert binnen ${n(p.count)} dagen.`,
      ),
    moreViolations: {
      frequency: 'De termijnen vervallen eens per maand.',
      afterLapse: 'Een eerdere betalingsregeling voor deze factuur is voortijdig beëindigd.',
      currency: 'De termijnen moeten in de valuta van de factuur zijn.',
      countTooHigh: (p) => `Dat worden meer dan ${n(p.count)} termijnen. Vul een hoger bedrag in.`,
    },
    howToPayHeading: 'Betaalgegevens',
    howToPayPlan: 'Betaal elke termijn uiterlijk op de vervaldatum per overboeking, met deze gegevens:',
    howToPayPromise: 'Betaal uiterlijk op de gekozen datum per overboeking, met deze gegevens:',
    alreadyPlanned: 'Voor deze factuur is er al een betalingsregeling.',
    alreadyPromised: 'Voor deze factuur is al een betaaldatum doorgegeven.',
    nothingToPay: 'Op deze factuur staat niets meer open.',
    loadFailed:
      'De mogelijkheden om in termijnen te betalen konden nu niet worden geladen. Probeer het zo nog eens.',
    sendFailed: 'Het voorstel kon nu niet worden verstuurd. Probeer het opnieuw.',
    promiseHeading: 'Kies een betaaldatum',
    promiseIntro: (p) =>
      `Kies de dag waarop ${p.amount} wordt betaald. Tot dan volgen er geen herinneringen.`,
    promiseInPast: 'De betaaldatum moet vandaag of later zijn.',
  },
};
