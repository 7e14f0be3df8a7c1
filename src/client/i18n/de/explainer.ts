import type { PartCopy } from '../parts';
import { when } from '../text';
import { byCount, n } from './common';

/** German copy of the invoice explainer: next steps, charges and the glossary. */
export const copy: PartCopy<'explainer'> = {
  nextStep: {
    heading: 'Wie es weitergeht',
    kinds: {
      reminder: {
        label: 'Zahlungserinnerung',
        sentence: (p) =>
          `Ist die Zahlung bis ${p.date ? `zum ${p.date}` : 'zur Fälligkeit'} nicht eingegangen, folgt eine Zahlungserinnerung${when(p.fee, (f) => ` mit einer Gebühr von ${f}`)}.`,
      },
      firm: {
        label: 'Mahnung',
        sentence: (p) =>
          `Ist die Zahlung bis ${p.date ? `zum ${p.date}` : 'zur genannten Frist'} nicht eingegangen, folgt eine Mahnung${when(p.fee, (f) => ` mit einer Mahngebühr von ${f}`)}.`,
      },
      final: {
        label: 'Letzte Mahnung',
        sentence: (p) =>
          `Ist die Zahlung bis ${p.date ? `zum ${p.date}` : 'zur genannten Frist'} nicht eingegangen, folgt eine letzte Mahnung${when(p.fee, (f) => ` mit einer Mahngebühr von ${f}`)}.`,
      },
      collection: {
        label: 'Inkasso',
        sentence: (p) =>
          `Ist die Zahlung bis ${p.date ? `zum ${p.date}` : 'zur genannten Frist'} nicht eingegangen, geht die Forderung an ein Inkassounternehmen${when(p.fee, (f) => `; dadurch kommen Inkassokosten von ${f} hinzu`)}.`,
      },
      instalment_due: {
        label: 'Nächste Rate',
        sentence: (p) =>
          `Die nächste Rate${when(p.amount, (a) => ` über ${a}`)} ist ${p.date ? `am ${p.date}` : 'zum vereinbarten Termin'} fällig.`,
      },
      promise_due: {
        label: 'Vereinbartes Zahlungsdatum',
        sentence: (p) =>
          `Die Zahlung${when(p.amount, (a) => ` über ${a}`)} wird bis ${p.date ? `zum ${p.date}` : 'zum gewählten Datum'} erwartet; bis dahin kommen keine Erinnerungen.`,
      },
      plan_answer: {
        label: 'Antwort auf den Vorschlag zur Ratenzahlung',
        sentence: (p) =>
          `Eine Antwort auf die vorgeschlagene Ratenzahlung kommt bis ${p.date ? `zum ${p.date}` : 'zur genannten Frist'}; bis dahin werden keine Erinnerungen verschickt.`,
      },
      dispute_answer: {
        label: 'Antwort auf den Einwand',
        sentence: (p) =>
          `Eine Antwort kommt bis ${p.date ? `zum ${p.date}` : 'zur genannten Frist'}; bis dahin ruhen die Erinnerungen für den strittigen Teil.`,
      },
      none: {
        label: 'Nichts geplant',
        sentence: () => 'Weitere Schritte sind nicht geplant.',
      },
    },
  },

  charges: {
    heading: 'Gebühren und Zinsen',
    kinds: {
      reminder_fee: 'Mahngebühr',
      collection_notice_fee: 'Gebühr für die letzte Mahnung',
      payment_demand_fee: 'Gebühr für die Zahlungsaufforderung',
      collection_costs: 'Inkassokosten',
      late_interest: 'Verzugszinsen',
      compensation: 'Verzugspauschale',
      plan_fee: 'Gebühr für die Ratenzahlung',
    },
    reasons: {
      'no.inkassoloven.purregebyr': (p) =>
        `Eine Mahngebühr von ${p.amount}. Das norwegische Recht erlaubt sie für eine schriftliche Mahnung, die frühestens 14 Tage nach Fälligkeit verschickt wird, und deckelt ihre Höhe.`,
      'no.inkassoloven.inkassovarsel': (p) =>
        `Eine Gebühr von ${p.amount} für die letzte Mahnung vor dem Inkasso (inkassovarsel), nach norwegischem Recht erlaubt und gedeckelt.`,
      'no.inkassoloven.betalingsoppfordring': (p) =>
        `Eine Gebühr von ${p.amount} für die eigene Zahlungsaufforderung des Gläubigers, nach norwegischem Recht erlaubt und gedeckelt.`,
      'no.forsinkelsesrenteloven': (p) =>
        `Verzugszinsen von ${p.amount}${when(p.rate, (r) => ` zu ${r} im Jahr`)}${when(p.from, (f) => ` vom ${f}`)}${when(p.to, (t) => ` bis zum ${t}`)}. Den Satz legt der norwegische Staat zweimal im Jahr fest.`,
      'no.forsinkelsesrenteloven.3a': (p) =>
        `Eine Pauschale von ${p.amount} für verspätete Zahlung unter Unternehmen, nach norwegischem Recht.`,
      'nl.wik.bik': (p) =>
        `Inkassokosten von ${p.amount}, nach der gesetzlichen Staffel der Niederlande berechnet. Verlangt werden dürfen sie erst nach einer kostenlosen Mahnung mit 14 Tagen Frist.`,
      'nl.wik.14-dagenbrief': () =>
        'Die letzte Mahnung vor Inkassokosten nach niederländischem Recht: kostenlos und mit 14 Tagen Zeit zum Zahlen.',
      'nl.bw.6-119': (p) =>
        `Gesetzliche Zinsen von ${p.amount}${when(p.rate, (r) => ` zu ${r} im Jahr`)}${when(p.from, (f) => ` vom ${f}`)}${when(p.to, (t) => ` bis zum ${t}`)}, nach niederländischem Recht für verspätete Zahlung.`,
      'nl.bw.6-119a': (p) =>
        `Gesetzliche Handelszinsen von ${p.amount}${when(p.rate, (r) => ` zu ${r} im Jahr`)}${when(p.from, (f) => ` vom ${f}`)}${when(p.to, (t) => ` bis zum ${t}`)}, nach niederländischem Recht für verspätete Zahlung unter Unternehmen.`,
      'nl.bw.6-96': (p) =>
        `Eine Pauschale von ${p.amount} für verspätete Zahlung unter Unternehmen, nach niederländischem Recht.`,
      'de.bgb.286': (p) =>
        `Eine Mahngebühr von ${p.amount}. Das Gesetz erlaubt nur die tatsächlichen Kosten einer Mahnung; die erste Mahnung ist kostenlos.`,
      'de.bgb.288': (p) =>
        `Verzugszinsen von ${p.amount}${when(p.rate, (r) => ` zu ${r} im Jahr`)}${when(p.from, (f) => ` vom ${f}`)}${when(p.to, (t) => ` bis zum ${t}`)}. Das Gesetz legt den Satz über dem Basiszinssatz fest (§ 288 BGB).`,
      'de.bgb.288.5': (p) =>
        `Eine Pauschale von ${p.amount}, die das Gesetz erlaubt, wenn ein Unternehmen zu spät zahlt (§ 288 Abs. 5 BGB).`,
      'gb.late-payment-act': (p) =>
        `Gesetzliche Zinsen von ${p.amount}${when(p.rate, (r) => ` zu ${r} im Jahr`)}${when(p.from, (f) => ` vom ${f}`)}${when(p.to, (t) => ` bis zum ${t}`)}, nach dem britischen Gesetz über verspätete Zahlungen unter Unternehmen.`,
      'gb.late-payment-act.fixed-sum': (p) =>
        `Eine Pauschale von ${p.amount} für verspätete Zahlung: ein fester Betrag, den das britische Recht unter Unternehmen erlaubt, je nach Höhe der Forderung.`,
      'gb.pre-action-protocol': () =>
        'Ein förmliches Schreiben mit 30 Tagen Antwortfrist, das im Vereinigten Königreich vorgeschrieben ist, bevor eine Forderung gegen eine Privatperson weiterverfolgt werden kann.',
      'se.inkassokostnadslagen': (p) =>
        `Eine Mahngebühr von ${p.amount}, die das schwedische Recht nur erlaubt, wenn sie bei Entstehen der Schuld vereinbart wurde.`,
      'se.inkassokostnadslagen.inkassokrav': (p) =>
        `Eine Gebühr von ${p.amount} für eine Inkassoforderung, nach schwedischem Recht gedeckelt.`,
      'se.inkassokostnadslagen.amorteringsplan': (p) =>
        `Eine Gebühr von ${p.amount} für die Einrichtung einer Ratenzahlung, nach schwedischem Recht gedeckelt.`,
      'se.rantelagen': (p) =>
        `Verzugszinsen von ${p.amount}${when(p.rate, (r) => ` zu ${r} im Jahr`)}${when(p.from, (f) => ` vom ${f}`)}${when(p.to, (t) => ` bis zum ${t}`)}, nach schwedischem Recht.`,
      'dk.renteloven.9b': (p) =>
        `Eine Mahngebühr von ${p.amount}. Das dänische Recht deckelt sie und erlaubt höchstens drei, mit mindestens 10 Tagen Abstand.`,
      'dk.renteloven': (p) =>
        `Verzugszinsen von ${p.amount}${when(p.rate, (r) => ` zu ${r} im Jahr`)}${when(p.from, (f) => ` vom ${f}`)}${when(p.to, (t) => ` bis zum ${t}`)}, nach dänischem Recht.`,
      'eu.2011-7': (p) =>
        `${p.amount} nach den EU-Regeln für verspätete Zahlungen unter Unternehmen: mindestens 40 € Pauschale und Zinsen von 8 Prozentpunkten über dem Zinssatz der Zentralbank.`,
    },
    otherReason: (p) => `${p.amount}, berechnet nach den vereinbarten Vertragsbedingungen.`,
    rate: (p) => `${p.rate} im Jahr`,
    period: (p) => `vom ${p.from} bis zum ${p.to}`,
  },

  glossary: {
    heading: 'Begriffe erklärt',
    terms: {
      'no.purregebyr': {
        term: 'Purregebyr (norwegische Mahngebühr)',
        explanation:
          'Eine kleine Gebühr, die in Norwegen für eine schriftliche Mahnung frühestens 14 Tage nach Fälligkeit verlangt werden darf. Das Gesetz deckelt ihre Höhe.',
      },
      'no.forsinkelsesrente': {
        term: 'Forsinkelsesrente (norwegische Verzugszinsen)',
        explanation:
          'Zinsen auf einen offenen Betrag vom Tag nach der Fälligkeit bis zur Zahlung. Den Satz legt der norwegische Staat zweimal im Jahr fest.',
      },
      'no.inkassovarsel': {
        term: 'Inkassovarsel (norwegische letzte Mahnung)',
        explanation:
          'Die letzte Mahnung, bevor eine Forderung an ein Inkassounternehmen gehen darf. Das norwegische Gesetz verlangt mindestens 14 Tage Zahlungsfrist.',
      },
      'no.inkasso': {
        term: 'Inkasso',
        explanation:
          'Ein Inkassounternehmen übernimmt eine offene Forderung. Die Kosten kommen zum Betrag hinzu; es lohnt sich daher, vorher zu zahlen oder Raten zu vereinbaren.',
      },
      'no.kid': {
        term: 'KID-Nummer',
        explanation:
          'Eine norwegische Zahlungsreferenz aus Ziffern. Steht sie in der Überweisung, wird die Zahlung der richtigen Rechnung zugeordnet.',
      },
      'nl.wettelijke-rente': {
        term: 'Wettelijke rente (niederländische gesetzliche Zinsen)',
        explanation:
          'Die Zinsen, die das niederländische Recht erlaubt, wenn Verbraucher zu spät zahlen. Den Satz legt der Staat fest.',
      },
      'nl.handelsrente': {
        term: 'Handelsrente (niederländische Handelszinsen)',
        explanation:
          'Die gesetzlichen Zinsen bei verspäteter Zahlung unter Unternehmen in den Niederlanden, höher als die Zinsen für Verbraucher.',
      },
      'nl.incassokosten': {
        term: 'Incassokosten (niederländische Inkassokosten)',
        explanation:
          'Kosten, die hinzukommen dürfen, wenn eine Rechnung nach der letzten Mahnung noch offen ist. Das Gesetz begrenzt sie nach einer festen Staffel, mindestens 40 €.',
      },
      'nl.14-dagenbrief': {
        term: '14-dagenbrief',
        explanation:
          'Die letzte, kostenlose Mahnung in den Niederlanden, bevor Inkassokosten verlangt werden dürfen. Die Zahlungsfrist beträgt 14 Tage, gerechnet ab dem Tag nach Erhalt.',
      },
      'nl.betalingskenmerk': {
        term: 'Betalingskenmerk (niederländische Zahlungsreferenz)',
        explanation:
          'Eine Ziffernfolge für das Referenzfeld der Überweisung. So wird die Zahlung automatisch der richtigen Rechnung zugeordnet.',
      },
      'de.verzugszinsen': {
        term: 'Verzugszinsen',
        explanation:
          'Zinsen, die das Gesetz erlaubt, sobald eine Zahlung verspätet ist. Der Satz liegt eine feste Zahl von Prozentpunkten über dem Basiszinssatz.',
      },
      'de.mahngebuehr': {
        term: 'Mahngebühr',
        explanation:
          'Eine kleine Gebühr für eine Mahnung, wenn die Zahlung schon verspätet ist. Erlaubt sind nur die tatsächlichen Kosten, meist wenige Euro.',
      },
      'de.mahnung': {
        term: 'Mahnung',
        explanation:
          'Die schriftliche Aufforderung, eine fällige Rechnung zu bezahlen. Ab der Mahnung können in der Regel Verzugszinsen berechnet werden.',
      },
      'gb.late-payment-compensation': {
        term: 'Late payment compensation (britische Verzugspauschale)',
        explanation:
          'Ein fester Betrag von 40, 70 oder 100 £, je nach Höhe der Forderung, den das britische Recht erlaubt, wenn ein Unternehmen ein anderes zu spät bezahlt.',
      },
      'rf-reference': {
        term: 'RF-Referenz',
        explanation:
          'Eine internationale Zahlungsreferenz, die mit RF beginnt. Steht sie genau so in der Überweisung, wird die Zahlung automatisch zugeordnet.',
      },
      'instalment-plan': {
        term: 'Ratenzahlung',
        explanation:
          'Eine Vereinbarung, den Betrag in mehreren kleineren Teilen zu festen Terminen zu zahlen. Solange die Raten eingehen, kommen keine Erinnerungen.',
      },
      dispute: {
        term: 'Einwand',
        explanation:
          'Dem Gläubiger mitteilen, dass eine Rechnung ganz oder teilweise nicht stimmt. Der strittige Teil ruht, bis er geklärt ist; der Rest bleibt zu zahlen.',
      },
    },
  },

  explainer: {
    heading: (p) => `Rechnung ${p.number}`,
    invoiceNumber: 'Rechnungsnummer',
    issued: 'Rechnungsdatum',
    due: 'Fällig am',
    total: 'Gesamtbetrag',
    openAmount: 'Offener Betrag',
    daysOverdue: (p) => byCount(p.count, '1 Tag überfällig', `${n(p.count)} Tage überfällig`),
    disputedPart: (p) => `${p.amount} strittig, ruht`,
    lines: 'Wofür die Rechnung ist',
    description: 'Beschreibung',
    quantity: 'Menge',
    unitPrice: 'Einzelpreis',
    lineAmount: 'Betrag',
    deliveredOn: (p) => `Geliefert am ${p.date}`,
    lineReference: (p) => `Referenz ${p.reference}`,
    references: 'Referenzen',
    order: 'Bestellung',
    contract: 'Vertrag',
    purchaseOrder: 'Bestellnummer des Kunden (PO)',
    charges: 'Gebühren und Zinsen',
    noCharges: 'Es sind keine Gebühren oder Zinsen hinzugekommen.',
    paymentsReceived: 'Eingegangene Zahlungen',
    noPayments: 'Noch keine Zahlungen eingegangen.',
    paymentMethods: {
      card: 'Karte',
      wallet: 'Digitale Geldbörse',
      bank_transfer: 'Überweisung',
      credit: 'Gutschrift',
      other: 'Sonstiges',
    },
    remindersSent: 'Versendete Erinnerungen',
    noReminders: 'Es wurden keine Erinnerungen versendet.',
    channels: { email: 'E-Mail', sms: 'SMS', letter: 'Brief', portal: 'Kundenportal' },
    timeline: {
      'reminder.sent': (p) =>
        `Erinnerung am ${p.date}${when(p.channel, (c) => ` per ${c}`)} versendet${when(p.amount, (a) => `, Gebühr ${a}`)}`,
      'charge.added': (p) => `${p.amount ?? 'Gebühr'} am ${p.date} hinzugekommen`,
      'payment.received': (p) => `Zahlung${when(p.amount, (a) => ` über ${a}`)} am ${p.date} eingegangen`,
      'dispute.opened': (p) => `Einwand am ${p.date} eingegangen`,
      'plan.accepted': (p) => `Ratenzahlung am ${p.date} vereinbart`,
      'promise.made': (p) => `Zahlungsdatum am ${p.date} gewählt`,
      'stage.changed': (p) => `Status am ${p.date} aktualisiert`,
    },
    whatHappensNext: 'Wie es weitergeht',
    originalDocument: 'Originalrechnung (PDF)',
    opensInNewTab: 'öffnet in einem neuen Tab',
    issuedBy: (p) => `Von ${p.creditor}`,
    dueIn: (p) =>
      p.count <= 0 ? 'Heute fällig' : byCount(p.count, 'Morgen fällig', `Fällig in ${n(p.count)} Tagen`),
    nothingToPay: 'Vollständig bezahlt. Es ist nichts mehr offen.',
    chargeAddedOn: (p) => `Hinzugefügt am ${p.date}`,
    lineProblem: 'Stimmt etwas mit dieser Position nicht?',
    actionsHeading: 'Möglichkeiten zu dieser Rechnung',
  },
};
