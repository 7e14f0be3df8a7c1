import type { PartCopy } from '../parts';
import { when } from '../text';
import { byCount, n } from './common';

/** Norwegian Bokmål copy of the invoice explainer: next steps, charges and the glossary. */
export const copy: PartCopy<'explainer'> = {
  nextStep: {
    heading: 'Hva skjer videre',
    kinds: {
      reminder: {
        label: 'Purring',
        sentence: (p) =>
          `Er betalingen ikke kommet inn innen ${p.date ?? 'forfall'}, sendes det en purring${when(p.fee, (f) => ` med et gebyr på ${f}`)}.`,
      },
      firm: {
        label: 'Ny purring',
        sentence: (p) =>
          `Er betalingen ikke kommet inn innen ${p.date ?? 'fristen'}, sendes det en ny purring${when(p.fee, (f) => ` med et gebyr på ${f}`)}.`,
      },
      final: {
        label: 'Inkassovarsel',
        sentence: (p) =>
          `Er betalingen ikke kommet inn innen ${p.date ?? 'fristen'}, sendes det et inkassovarsel${when(p.fee, (f) => ` med et gebyr på ${f}`)}. Det gir minst 14 dager til å betale.`,
      },
      collection: {
        label: 'Inkasso',
        sentence: (p) =>
          `Er betalingen ikke kommet inn innen ${p.date ?? 'fristen'}, sendes kravet til inkasso${when(p.fee, (f) => `, og det kommer inkassokostnader på ${f} i tillegg`)}.`,
      },
      instalment_due: {
        label: 'Neste avdrag',
        sentence: (p) =>
          `Neste avdrag${when(p.amount, (a) => ` på ${a}`)} forfaller ${p.date ?? 'på avtalt dato'}.`,
      },
      promise_due: {
        label: 'Avtalt betalingsdato',
        sentence: (p) =>
          `Betalingen${when(p.amount, (a) => ` på ${a}`)} ventes innen ${p.date ?? 'den valgte datoen'}. Det sendes ingen purringer før da.`,
      },
      plan_answer: {
        label: 'Svar på forslaget om avdragsordning',
        sentence: (p) =>
          `Svar på forslaget om avdragsordning kommer innen ${p.date ?? 'fristen'}. Det sendes ingen purringer før det.`,
      },
      dispute_answer: {
        label: 'Svar på innsigelsen',
        sentence: (p) =>
          `Svar kommer innen ${p.date ?? 'fristen'}. Purringene for den omtvistede delen er stanset til da.`,
      },
      none: {
        label: 'Ingenting planlagt',
        sentence: () => 'Det er ikke planlagt flere steg.',
      },
    },
  },

  charges: {
    heading: 'Gebyrer og renter',
    kinds: {
      reminder_fee: 'Purregebyr',
      collection_notice_fee: 'Gebyr for inkassovarsel',
      payment_demand_fee: 'Gebyr for betalingsoppfordring',
      collection_costs: 'Inkassokostnader',
      late_interest: 'Forsinkelsesrente',
      compensation: 'Kompensasjon for sen betaling',
      plan_fee: 'Gebyr for avdragsordning',
    },
    reasons: {
      'no.inkassoloven.purregebyr': (p) =>
        `Purregebyr på ${p.amount}. Inkassoloven tillater et gebyr når en skriftlig purring sendes minst 14 dager etter forfall, og setter et tak for hvor høyt det kan være.`,
      'no.inkassoloven.inkassovarsel': (p) =>
        `Gebyr på ${p.amount} for inkassovarselet, det siste varselet før inkasso. Inkassoloven tillater gebyret og setter et tak for det.`,
      'no.inkassoloven.betalingsoppfordring': (p) =>
        `Gebyr på ${p.amount} for kreditors egen betalingsoppfordring. Inkassoloven tillater gebyret og setter et tak for det.`,
      'no.forsinkelsesrenteloven': (p) =>
        `Forsinkelsesrente på ${p.amount}${when(p.rate, (r) => ` med ${r} per år`)}${when(p.from, (f) => ` fra ${f}`)}${when(p.to, (t) => ` til ${t}`)}. Satsen fastsettes av staten to ganger i året.`,
      'no.forsinkelsesrenteloven.3a': (p) =>
        `Standardkompensasjon på ${p.amount}, et fast beløp loven gir når en næringsdrivende betaler for sent.`,
      'nl.wik.bik': (p) =>
        `Inkassokostnader på ${p.amount}, beregnet etter den nederlandske lovens faste skala. Kostnadene kan bare kreves etter en gebyrfri påminnelse med 14 dagers frist.`,
      'nl.wik.14-dagenbrief': () =>
        'Den siste påminnelsen før inkassokostnader etter nederlandsk lov. Den gir 14 dager til å betale og koster ingenting.',
      'nl.bw.6-119': (p) =>
        `Lovbestemt rente på ${p.amount}${when(p.rate, (r) => ` med ${r} per år`)}${when(p.from, (f) => ` fra ${f}`)}${when(p.to, (t) => ` til ${t}`)}, fastsatt i nederlandsk lov for sen betaling.`,
      'nl.bw.6-119a': (p) =>
        `Handelsrente på ${p.amount}${when(p.rate, (r) => ` med ${r} per år`)}${when(p.from, (f) => ` fra ${f}`)}${when(p.to, (t) => ` til ${t}`)}, den nederlandske lovbestemte renten for sen betaling mellom næringsdrivende.`,
      'nl.bw.6-96': (p) =>
        `Fast kompensasjon på ${p.amount} for sen betaling mellom næringsdrivende, etter nederlandsk lov.`,
      'de.bgb.286': (p) =>
        `Purregebyr på ${p.amount}. Tysk lov tillater bare de faktiske kostnadene ved en purring, og den første purringen er gratis.`,
      'de.bgb.288': (p) =>
        `Forsinkelsesrente på ${p.amount}${when(p.rate, (r) => ` med ${r} per år`)}${when(p.from, (f) => ` fra ${f}`)}${when(p.to, (t) => ` til ${t}`)}. Tysk lov setter renten et fast antall prosentpoeng over basisrenten.`,
      'de.bgb.288.5': (p) =>
        `Et fast gebyr på ${p.amount} som tysk lov tillater når en næringsdrivende betaler for sent.`,
      'gb.late-payment-act': (p) =>
        `Lovbestemt rente på ${p.amount}${when(p.rate, (r) => ` med ${r} per år`)}${when(p.from, (f) => ` fra ${f}`)}${when(p.to, (t) => ` til ${t}`)}, etter britisk lov om sen betaling mellom næringsdrivende.`,
      'gb.late-payment-act.fixed-sum': (p) =>
        `Kompensasjon for sen betaling på ${p.amount}: et fast beløp britisk lov tillater mellom næringsdrivende, avhengig av hvor stort kravet er.`,
      'gb.pre-action-protocol': () =>
        'Et formelt brev med 30 dagers svarfrist, som britiske regler krever før et krav mot en privatperson kan gå videre.',
      'se.inkassokostnadslagen': (p) =>
        `Påminnelsesgebyr på ${p.amount}, som svensk lov bare tillater hvis det ble avtalt da gjelden oppsto.`,
      'se.inkassokostnadslagen.inkassokrav': (p) =>
        `Gebyr på ${p.amount} for et inkassokrav, med et tak fastsatt i svensk lov.`,
      'se.inkassokostnadslagen.amorteringsplan': (p) =>
        `Gebyr på ${p.amount} for å sette opp en avdragsordning, med et tak fastsatt i svensk lov.`,
      'se.rantelagen': (p) =>
        `Forsinkelsesrente på ${p.amount}${when(p.rate, (r) => ` med ${r} per år`)}${when(p.from, (f) => ` fra ${f}`)}${when(p.to, (t) => ` til ${t}`)}, etter svensk lov.`,
      'dk.renteloven.9b': (p) =>
        `Purregebyr på ${p.amount}. Dansk lov setter et tak og tillater høyst tre, med minst 10 dager mellom.`,
      'dk.renteloven': (p) =>
        `Forsinkelsesrente på ${p.amount}${when(p.rate, (r) => ` med ${r} per år`)}${when(p.from, (f) => ` fra ${f}`)}${when(p.to, (t) => ` til ${t}`)}, etter dansk lov.`,
      'eu.2011-7': (p) =>
        `${p.amount} etter EUs regler om sen betaling mellom næringsdrivende: minst 40 euro i kompensasjon, og rente 8 prosentpoeng over sentralbankens rente.`,
    },
    otherReason: (p) => `${p.amount} lagt til etter vilkårene i avtalen.`,
    rate: (p) => `${p.rate} per år`,
    period: (p) => `fra ${p.from} til ${p.to}`,
  },

  glossary: {
    heading: 'Ord og uttrykk',
    terms: {
      'no.purregebyr': {
        term: 'Purregebyr',
        explanation:
          'Et lite gebyr som kan legges til når en skriftlig purring sendes minst 14 dager etter forfall. Loven setter et tak for beløpet.',
      },
      'no.forsinkelsesrente': {
        term: 'Forsinkelsesrente',
        explanation:
          'Rente på et ubetalt beløp fra dagen etter forfall til det er betalt. Satsen fastsettes av staten to ganger i året.',
      },
      'no.inkassovarsel': {
        term: 'Inkassovarsel',
        explanation:
          'Det siste varselet før et krav kan sendes til inkasso. Loven krever at det gir minst 14 dager til å betale.',
      },
      'no.inkasso': {
        term: 'Inkasso',
        explanation:
          'At et inkassoselskap overtar et ubetalt krav. Kostnadene kommer i tillegg til beløpet, så det lønner seg å betale eller avtale en avdragsordning før det skjer.',
      },
      'no.kid': {
        term: 'KID-nummer',
        explanation:
          'Et nummer som oppgis ved betaling i nettbanken, slik at betalingen blir koblet til riktig faktura.',
      },
      'nl.wettelijke-rente': {
        term: 'Wettelijke rente (lovbestemt rente)',
        explanation:
          'Renten nederlandsk lov tillater når en forbruker betaler for sent. Satsen fastsettes av staten.',
      },
      'nl.handelsrente': {
        term: 'Handelsrente',
        explanation:
          'Den lovbestemte renten ved sen betaling mellom næringsdrivende i Nederland. Den er høyere enn renten for forbrukere.',
      },
      'nl.incassokosten': {
        term: 'Incassokosten (inkassokostnader)',
        explanation:
          'Kostnader som kan legges til når en faktura fortsatt er ubetalt etter den siste påminnelsen. Nederlandsk lov setter et tak etter en fast skala, minst 40 euro.',
      },
      'nl.14-dagenbrief': {
        term: '14-dagenbrief',
        explanation:
          'Den siste påminnelsen før inkassokostnader kan kreves i Nederland. Den er gratis og gir 14 dager til å betale, regnet fra dagen etter at den er mottatt.',
      },
      'nl.betalingskenmerk': {
        term: 'Betalingskenmerk',
        explanation:
          'En nederlandsk betalingsreferanse med sifre, omtrent som KID. Den oppgis ved betaling, slik at betalingen blir koblet automatisk.',
      },
      'de.verzugszinsen': {
        term: 'Verzugszinsen (forsinkelsesrente)',
        explanation:
          'Renten tysk lov tillater når en betaling er forsinket. Den ligger et fast antall prosentpoeng over sentralbankens basisrente.',
      },
      'de.mahngebuehr': {
        term: 'Mahngebühr (purregebyr)',
        explanation:
          'Et lite gebyr for en purring etter at betalingen er forsinket. Tysk lov tillater bare de faktiske kostnadene, som regel noen få euro.',
      },
      'de.mahnung': {
        term: 'Mahnung (purring)',
        explanation:
          'En skriftlig oppfordring om å betale en faktura som har forfalt. I Tyskland markerer den også tidspunktet renter kan beregnes fra.',
      },
      'gb.late-payment-compensation': {
        term: 'Late payment compensation (kompensasjon for sen betaling)',
        explanation:
          'Et fast beløp på 40, 70 eller 100 pund, avhengig av størrelsen på kravet, som britisk lov tillater når en bedrift betaler en annen bedrift for sent.',
      },
      'rf-reference': {
        term: 'RF-referanse',
        explanation:
          'En internasjonal betalingsreferanse som begynner med RF. Den oppgis nøyaktig ved bankoverføring, slik at betalingen blir koblet automatisk.',
      },
      'instalment-plan': {
        term: 'Avdragsordning',
        explanation:
          'En avtale om å betale beløpet i flere mindre deler på faste datoer. Det sendes ingen purringer så lenge avtalen følges.',
      },
      dispute: {
        term: 'Innsigelse',
        explanation:
          'Å si fra til kreditor at hele eller deler av en faktura er feil. Den omtvistede delen settes på vent til saken er avklart, mens resten fortsatt skal betales.',
      },
    },
  },

  explainer: {
    heading: (p) => `Faktura ${p.number}`,
    invoiceNumber: 'Fakturanummer',
    issued: 'Fakturadato',
    due: 'Forfallsdato',
    total: 'Totalt',
    openAmount: 'Å betale',
    daysOverdue: (p) => byCount(p.count, '1 dag over forfall', `${n(p.count)} dager over forfall`),
    disputedPart: (p) => `${p.amount} er omtvistet og satt på vent`,
    lines: 'Hva fakturaen gjelder',
    description: 'Beskrivelse',
    quantity: 'Antall',
    unitPrice: 'Enhetspris',
    lineAmount: 'Beløp',
    deliveredOn: (p) => `Levert ${p.date}`,
    lineReference: (p) => `Referanse ${p.reference}`,
    references: 'Referanser',
    order: 'Ordre',
    contract: 'Avtale',
    purchaseOrder: 'Innkjøpsordre (PO)',
    charges: 'Gebyrer og renter',
    noCharges: 'Det er ikke lagt til gebyrer eller renter.',
    paymentsReceived: 'Mottatte innbetalinger',
    noPayments: 'Ingen innbetalinger er mottatt ennå.',
    paymentMethods: {
      card: 'Kort',
      wallet: 'Digital lommebok',
      bank_transfer: 'Bankoverføring',
      credit: 'Kreditnota',
      other: 'Annet',
    },
    remindersSent: 'Purringer som er sendt',
    noReminders: 'Det er ikke sendt noen purringer.',
    channels: { email: 'e-post', sms: 'SMS', letter: 'brev', portal: 'kundeportalen' },
    timeline: {
      'reminder.sent': (p) =>
        `Purring sendt ${p.date}${when(p.channel, (c) => ` via ${c}`)}${when(p.amount, (a) => `, gebyr ${a}`)}`,
      'charge.added': (p) => `${p.amount ?? 'Et gebyr'} lagt til ${p.date}`,
      'payment.received': (p) => `Innbetaling${when(p.amount, (a) => ` på ${a}`)} mottatt ${p.date}`,
      'dispute.opened': (p) => `Innsigelse registrert ${p.date}`,
      'plan.accepted': (p) => `Avdragsordning avtalt ${p.date}`,
      'promise.made': (p) => `Betalingsdato valgt ${p.date}`,
      'stage.changed': (p) => `Status oppdatert ${p.date}`,
    },
    whatHappensNext: 'Hva skjer videre',
    originalDocument: 'Original faktura (PDF)',
    opensInNewTab: 'åpnes i en ny fane',
    issuedBy: (p) => `Fra ${p.creditor}`,
    dueIn: (p) =>
      p.count <= 0
        ? 'Forfaller i dag'
        : byCount(p.count, 'Forfaller i morgen', `Forfaller om ${n(p.count)} dager`),
    nothingToPay: 'Betalt. Det er ingenting igjen å betale.',
    chargeAddedOn: (p) => `Lagt til ${p.date}`,
    lineProblem: 'Noe galt med denne linjen?',
    actionsHeading: 'Valg for denne fakturaen',
  },
};
