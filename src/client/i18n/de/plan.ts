import type { PartCopy } from '../parts';
import { byCount, n } from './common';

/** German copy of the instalment proposer and the promise to pay. */
export const copy: PartCopy<'plan'> = {
  plan: {
    heading: 'Ratenzahlung vorschlagen',
    intro:
      'Den Betrag in Raten aufteilen, die ins Budget passen. Eine Ratenzahlung innerhalb der Bedingungen unten gilt sofort als vereinbart.',
    modeInstalments: 'In Raten zahlen',
    modePromise: 'Alles zu einem Termin zahlen',
    count: 'Anzahl der Raten',
    countOption: (p) => byCount(p.count, '1 Rate', `${n(p.count)} Raten`),
    amountPerInstalment: 'Betrag pro Rate',
    firstDate: 'Erste Zahlung am',
    scheduleHeading: 'Ratenplan',
    instalment: (p) => `Rate ${n(p.index)}`,
    scheduleRow: (p) => `Rate ${n(p.index)}: ${p.amount} am ${p.date}`,
    total: (p) => `Gesamt ${p.amount}`,
    fee: (p) => `Gebühr für die Ratenzahlung ${p.amount}`,
    policyHeading: 'Bedingungen für Ratenzahlungen',
    policyMinInstalment: (p) => `Jede Rate beträgt mindestens ${p.amount}.`,
    policyMaxCount: (p) => byCount(p.count, 'Höchstens 1 Rate.', `Höchstens ${n(p.count)} Raten.`),
    policyMaxMonths: (p) =>
      byCount(p.count, 'Innerhalb von 1 Monat abbezahlt.', `Innerhalb von ${n(p.count)} Monaten abbezahlt.`),
    policyFirstWithin: (p) =>
      byCount(
        p.count,
        'Die erste Zahlung erfolgt innerhalb von 1 Tag.',
        `Die erste Zahlung erfolgt innerhalb von ${n(p.count)} Tagen.`,
      ),
    policyFee: (p) => `Eine Ratenzahlung kostet ${p.amount}; die Gebühr kommt zur ersten Rate hinzu.`,
    policyNoFee: 'Eine Ratenzahlung kostet nichts extra.',
    outsidePolicy: (p) =>
      `Dieser Vorschlag liegt außerhalb der üblichen Bedingungen. ${p.creditor} prüft ihn und antwortet; bis dahin ruhen die Erinnerungen.`,
    violations: {
      minInstalment: (p) => `Jede Rate muss mindestens ${p.amount} betragen. Mit weniger Raten klappt das.`,
      maxCount: (p) =>
        byCount(p.count, 'Möglich ist höchstens 1 Rate.', `Möglich sind höchstens ${n(p.count)} Raten.`),
      maxMonths: (p) =>
        byCount(
          p.count,
          'Die letzte Rate muss innerhalb von 1 Monat liegen.',
          `Die letzte Rate muss innerhalb von ${n(p.count)} Monaten liegen.`,
        ),
      firstTooLate: (p) => `Die erste Zahlung muss spätestens am ${p.date} sein.`,
      firstInPast: 'Die erste Zahlung kann frühestens heute sein.',
      sumMismatch: (p) => `Die Raten müssen zusammen ${p.amount} ergeben.`,
      notOffered:
        'Für diese Rechnung ist keine Ratenzahlung möglich. Ein Zahlungsdatum lässt sich aber wählen.',
    },
    submit: 'Vorschlag senden',
    sending: 'Wird gesendet …',
    acceptedHeading: 'Die Ratenzahlung ist vereinbart',
    acceptedBody: (p) =>
      `Die erste Rate über ${p.amount} ist am ${p.date} fällig. Solange die Raten eingehen, kommen keine Erinnerungen.`,
    pendingHeading: 'Vorschlag gesendet',
    pendingBody: (p) => `${p.creditor} antwortet bis zum ${p.date}. Bis dahin ruhen die Erinnerungen.`,
    promiseDate: 'Zahlungsdatum',
    promiseStatement: (p) => `Ich bezahle alles bis zum ${p.date}`,
    promiseHint: (p) => `Ein Datum bis spätestens ${p.date} wählen.`,
    promiseTooLate: (p) => `Das Zahlungsdatum muss spätestens der ${p.date} sein.`,
    submitPromise: 'Zahlungsdatum bestätigen',
    promiseConfirmedHeading: 'Zahlungsdatum bestätigt',
    promiseConfirmedBody: (p) =>
      `Die Zahlung über ${p.amount} wird bis zum ${p.date} erwartet. Bis dahin kommen keine Erinnerungen.`,
    splitBy: 'Wie soll der Betrag aufgeteilt werden?',
    splitByCount: 'Nach Anzahl der Raten',
    splitByAmount: 'Nach Betrag pro Rate',
    countOptionReview: (p) => `${n(p.count)} Raten (muss genehmigt werden)`,
    amountHint: (p) => `Mindestens ${p.min}. Der Ratenplan zeigt, wie viele Raten das ergibt.`,
    firstDateHint: (p) => `Ein Tag vom ${p.earliest} bis zum ${p.latest}.`,
    frequency: 'Wie oft',
    monthly: 'Jeden Monat',
    biweekly: 'Alle zwei Wochen',
    scheduleWaiting: 'Aufteilung und erstes Zahlungsdatum wählen, dann erscheint der Ratenplan.',
    scheduleSummary: (p) =>
      byCount(
        p.count,
        `Eine Zahlung über ${p.total} am ${p.first}.`,
        `${n(p.count)} Raten vom ${p.first} bis zum ${p.last}, insgesamt ${p.total}.`,
      ),
    instalmentHeader: 'Rate',
    dueDate: 'Fällig am',
    amount: 'Betrag',
    status: 'Stand',
    statuses: {
      due: 'Offen',
      paid: 'Bezahlt',
      part_paid: 'Teilweise bezahlt',
      overdue: 'Verspätet',
      missed: 'Nicht bezahlt',
    },
    includesFee: (p) => `einschließlich der Gebühr von ${p.amount}`,
    waivedInterest: (p) => `Zinsen von ${p.amount} entfallen, solange die Ratenzahlung eingehalten wird.`,
    policyGrace: (p) =>
      byCount(
        p.count,
        'Die Ratenzahlung bleibt bestehen, wenn eine Rate bis zu 1 Tag zu spät bezahlt wird.',
        `Die Ratenzahlung bleibt bestehen, wenn eine Rate bis zu ${n(p.count)} Tage zu spät bezahlt wird.`,
      ),
    policyReview: (p) =>
      byCount(
        p.count,
        `Eine Ratenzahlung außerhalb dieser Bedingungen lässt sich trotzdem vorschlagen: ${p.creditor} antwortet innerhalb von 1 Tag.`,
        `Eine Ratenzahlung außerhalb dieser Bedingungen lässt sich trotzdem vorschlagen: ${p.creditor} antwortet innerhalb von ${n(p.count)} Tagen.`,
      ),
    moreViolations: {
      frequency: 'Die Raten sind einmal im Monat fällig.',
      afterLapse: 'Eine frühere Ratenzahlung für diese Rechnung endete, bevor alles bezahlt war.',
      currency: 'Die Raten müssen in der Währung der Rechnung sein.',
      countTooHigh: (p) => `Das wären mehr als ${n(p.count)} Raten. Bitte einen höheren Betrag eingeben.`,
    },
    howToPayHeading: 'So wird bezahlt',
    howToPayPlan: 'Jede Rate bis zum Fälligkeitstag per Überweisung zahlen, mit diesen Angaben:',
    howToPayPromise: 'Bis zum Datum per Überweisung zahlen, mit diesen Angaben:',
    alreadyPlanned: 'Für diese Rechnung gibt es bereits eine Ratenzahlung.',
    alreadyPromised: 'Für diese Rechnung wurde bereits ein Zahlungsdatum genannt.',
    nothingToPay: 'Auf dieser Rechnung ist nichts mehr offen.',
    loadFailed:
      'Die Möglichkeiten zur Ratenzahlung konnten gerade nicht geladen werden. Bitte gleich noch einmal versuchen.',
    sendFailed: 'Der Vorschlag konnte gerade nicht gesendet werden. Bitte noch einmal versuchen.',
    promiseHeading: 'Zahlungsdatum wählen',
    promiseIntro: (p) =>
      `Den Tag wählen, an dem ${p.amount} bezahlt wird. Bis dahin kommen keine Erinnerungen.`,
    promiseInPast: 'Das Zahlungsdatum kann frühestens heute sein.',
  },
};
