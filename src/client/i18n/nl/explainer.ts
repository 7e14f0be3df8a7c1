import type { PartCopy } from '../parts';
import { when } from '../text';
import { byCount, n } from './common';

/** Dutch copy of the invoice explainer: next steps, charges and the glossary. */
export const copy: PartCopy<'explainer'> = {
  nextStep: {
    heading: 'Wat er nu gebeurt',
    kinds: {
      reminder: {
        label: 'Herinnering',
        sentence: (p) =>
          `Is de betaling op ${p.date ?? 'de vervaldatum'} niet binnen, dan volgt een herinnering${when(p.fee, (f) => ` met ${f} kosten`)}.`,
      },
      firm: {
        label: 'Tweede herinnering',
        sentence: (p) =>
          `Is de betaling op ${p.date ?? 'de gestelde datum'} niet binnen, dan volgt een tweede herinnering${when(p.fee, (f) => ` met ${f} kosten`)}.`,
      },
      final: {
        label: 'Laatste aanmaning (14-dagenbrief)',
        sentence: (p) =>
          `Is de betaling op ${p.date ?? 'de gestelde datum'} niet binnen, dan volgt een laatste aanmaning${when(p.fee, (f) => ` met ${f} kosten`)}. Daarin staat een termijn van 14 dagen om te betalen.`,
      },
      collection: {
        label: 'Incasso',
        sentence: (p) =>
          `Is de betaling op ${p.date ?? 'de gestelde datum'} niet binnen, dan gaat de vordering naar een incassobureau${when(p.fee, (f) => ` en komt er ${f} aan incassokosten bij`)}.`,
      },
      instalment_due: {
        label: 'Volgende termijn',
        sentence: (p) =>
          `De volgende termijn${when(p.amount, (a) => ` van ${a}`)} vervalt op ${p.date ?? 'de afgesproken datum'}.`,
      },
      promise_due: {
        label: 'Afgesproken betaaldatum',
        sentence: (p) =>
          `De betaling${when(p.amount, (a) => ` van ${a}`)} wordt uiterlijk ${p.date ?? 'op de gekozen datum'} verwacht; tot dan volgen er geen herinneringen.`,
      },
      plan_answer: {
        label: 'Antwoord op de voorgestelde betalingsregeling',
        sentence: (p) =>
          `Uiterlijk ${p.date ?? 'op de gestelde datum'} volgt een antwoord op de voorgestelde betalingsregeling; tot dan worden er geen herinneringen verstuurd.`,
      },
      dispute_answer: {
        label: 'Antwoord op de betwisting',
        sentence: (p) =>
          `Uiterlijk ${p.date ?? 'op de gestelde datum'} volgt een antwoord; tot dan staan de herinneringen voor het betwiste deel stil.`,
      },
      none: {
        label: 'Niets gepland',
        sentence: () => 'Er staan geen verdere stappen gepland.',
      },
    },
  },

  charges: {
    heading: 'Kosten en rente',
    kinds: {
      reminder_fee: 'Herinneringskosten',
      collection_notice_fee: 'Kosten laatste aanmaning',
      payment_demand_fee: 'Kosten betalingsverzoek',
      collection_costs: 'Incassokosten',
      late_interest: 'Rente',
      compensation: 'Vergoeding voor te late betaling',
      plan_fee: 'Kosten betalingsregeling',
    },
    reasons: {
      'no.inkassoloven.purregebyr': (p) =>
        `Herinneringskosten van ${p.amount}. De Noorse wet staat ze toe bij een schriftelijke herinnering die minstens 14 dagen na de vervaldatum is verstuurd, tot een wettelijk maximum.`,
      'no.inkassoloven.inkassovarsel': (p) =>
        `Kosten van ${p.amount} voor de laatste aanmaning vóór incasso (inkassovarsel), tot een maximum dat de Noorse wet vastlegt.`,
      'no.inkassoloven.betalingsoppfordring': (p) =>
        `Kosten van ${p.amount} voor het eigen betalingsverzoek van de schuldeiser, tot een maximum dat de Noorse wet vastlegt.`,
      'no.forsinkelsesrenteloven': (p) =>
        `Rente van ${p.amount}${when(p.rate, (r) => ` tegen ${r} per jaar`)}${when(p.from, (f) => ` vanaf ${f}`)}${when(p.to, (t) => ` tot ${t}`)}. De Noorse overheid stelt het percentage twee keer per jaar vast.`,
      'no.forsinkelsesrenteloven.3a': (p) =>
        `Een vaste vergoeding van ${p.amount} voor te late betaling tussen bedrijven, vastgelegd in de Noorse wet.`,
      'nl.wik.bik': (p) =>
        `Incassokosten van ${p.amount}, berekend volgens de wettelijke staffel. Ze mogen pas worden gerekend nadat een kosteloze aanmaning 14 dagen de tijd gaf om te betalen.`,
      'nl.wik.14-dagenbrief': () =>
        'De laatste aanmaning vóór incassokosten. Die geeft 14 dagen om te betalen en is zelf kosteloos.',
      'nl.bw.6-119': (p) =>
        `Wettelijke rente van ${p.amount}${when(p.rate, (r) => ` tegen ${r} per jaar`)}${when(p.from, (f) => ` vanaf ${f}`)}${when(p.to, (t) => ` tot ${t}`)}. De overheid stelt dit percentage vast voor te late betaling.`,
      'nl.bw.6-119a': (p) =>
        `Wettelijke handelsrente van ${p.amount}${when(p.rate, (r) => ` tegen ${r} per jaar`)}${when(p.from, (f) => ` vanaf ${f}`)}${when(p.to, (t) => ` tot ${t}`)}. Dit percentage geldt voor te late betaling tussen bedrijven.`,
      'nl.bw.6-96': (p) =>
        `Een vaste vergoeding van ${p.amount} voor te late betaling tussen bedrijven, zoals de wet die toestaat.`,
      'de.bgb.286': (p) =>
        `Herinneringskosten van ${p.amount}. De Duitse wet staat alleen de werkelijke kosten van een aanmaning toe, en de eerste aanmaning is kosteloos.`,
      'de.bgb.288': (p) =>
        `Vertragingsrente van ${p.amount}${when(p.rate, (r) => ` tegen ${r} per jaar`)}${when(p.from, (f) => ` vanaf ${f}`)}${when(p.to, (t) => ` tot ${t}`)}. De Duitse wet legt het percentage vast boven de basisrente.`,
      'de.bgb.288.5': (p) =>
        `Een vast bedrag van ${p.amount} dat de Duitse wet toestaat wanneer een bedrijf te laat betaalt.`,
      'gb.late-payment-act': (p) =>
        `Wettelijke rente van ${p.amount}${when(p.rate, (r) => ` tegen ${r} per jaar`)}${when(p.from, (f) => ` vanaf ${f}`)}${when(p.to, (t) => ` tot ${t}`)}, op grond van de Britse wet over te late betaling tussen bedrijven.`,
      'gb.late-payment-act.fixed-sum': (p) =>
        `Een vergoeding van ${p.amount} voor te late betaling: een vast bedrag dat de Britse wet tussen bedrijven toestaat, afhankelijk van de hoogte van de vordering.`,
      'gb.pre-action-protocol': () =>
        'Een formele brief met 30 dagen om te reageren, verplicht in het Verenigd Koninkrijk voordat een vordering op een particulier verder kan gaan.',
      'se.inkassokostnadslagen': (p) =>
        `Herinneringskosten van ${p.amount}, die de Zweedse wet alleen toestaat als ze bij het ontstaan van de schuld zijn afgesproken.`,
      'se.inkassokostnadslagen.inkassokrav': (p) =>
        `Kosten van ${p.amount} voor een incassoverzoek, tot een maximum dat de Zweedse wet vastlegt.`,
      'se.inkassokostnadslagen.amorteringsplan': (p) =>
        `Kosten van ${p.amount} voor het opzetten van een betalingsregeling, tot een maximum dat de Zweedse wet vastlegt.`,
      'se.rantelagen': (p) =>
        `Rente van ${p.amount}${when(p.rate, (r) => ` tegen ${r} per jaar`)}${when(p.from, (f) => ` vanaf ${f}`)}${when(p.to, (t) => ` tot ${t}`)}, volgens de Zweedse wet.`,
      'dk.renteloven.9b': (p) =>
        `Herinneringskosten van ${p.amount}. De Deense wet legt een maximum vast en staat er hooguit drie toe, met minstens 10 dagen ertussen.`,
      'dk.renteloven': (p) =>
        `Rente van ${p.amount}${when(p.rate, (r) => ` tegen ${r} per jaar`)}${when(p.from, (f) => ` vanaf ${f}`)}${when(p.to, (t) => ` tot ${t}`)}, volgens de Deense wet.`,
      'eu.2011-7': (p) =>
        `${p.amount} op grond van de Europese regels voor te late betaling tussen bedrijven: minstens € 40 vergoeding en rente van 8 procentpunt boven de rente van de centrale bank.`,
    },
    otherReason: (p) => `${p.amount}, in rekening gebracht volgens de afspraken in de overeenkomst.`,
    rate: (p) => `${p.rate} per jaar`,
    period: (p) => `van ${p.from} tot ${p.to}`,
  },

  glossary: {
    heading: 'Uitleg van begrippen',
    terms: {
      'no.purregebyr': {
        term: 'Purregebyr (Noorse herinneringskosten)',
        explanation:
          'Kleine kosten die in Noorwegen mogen worden gerekend voor een schriftelijke herinnering, minstens 14 dagen na de vervaldatum. De wet legt een maximum vast.',
      },
      'no.forsinkelsesrente': {
        term: 'Forsinkelsesrente (Noorse vertragingsrente)',
        explanation:
          'Rente over een onbetaald bedrag vanaf de dag na de vervaldatum tot de betaling. De Noorse overheid stelt het percentage twee keer per jaar vast.',
      },
      'no.inkassovarsel': {
        term: 'Inkassovarsel (Noorse laatste aanmaning)',
        explanation:
          'De laatste waarschuwing voordat een vordering naar incasso kan gaan. De Noorse wet eist dat die minstens 14 dagen geeft om te betalen.',
      },
      'no.inkasso': {
        term: 'Inkasso (incasso in Noorwegen)',
        explanation:
          'Een incassobureau neemt een onbetaalde vordering over. De kosten komen bovenop het bedrag, dus betalen of een betalingsregeling treffen loont.',
      },
      'no.kid': {
        term: 'KID-nummer',
        explanation:
          'Een Noors betalingskenmerk van cijfers. Het wordt bij de overboeking vermeld, zodat de betaling aan de juiste factuur wordt gekoppeld.',
      },
      'nl.wettelijke-rente': {
        term: 'Wettelijke rente',
        explanation:
          'De rente die de wet toestaat als een consument te laat betaalt. De overheid stelt het percentage vast.',
      },
      'nl.handelsrente': {
        term: 'Handelsrente',
        explanation:
          'De wettelijke rente bij te late betaling tussen bedrijven. Die is hoger dan de rente voor consumenten.',
      },
      'nl.incassokosten': {
        term: 'Incassokosten',
        explanation:
          'Kosten die erbij mogen komen als een factuur na de laatste aanmaning nog niet is betaald. De wet legt een vaste staffel vast, met een minimum van € 40.',
      },
      'nl.14-dagenbrief': {
        term: '14-dagenbrief',
        explanation:
          'De laatste, kosteloze aanmaning voordat incassokosten mogen worden gerekend. Die geeft 14 dagen om te betalen, gerekend vanaf de dag na ontvangst.',
      },
      'nl.betalingskenmerk': {
        term: 'Betalingskenmerk',
        explanation:
          'Een reeks cijfers die bij de overboeking in het veld betalingskenmerk hoort. Zo wordt de betaling automatisch aan de juiste factuur gekoppeld.',
      },
      'de.verzugszinsen': {
        term: 'Verzugszinsen (Duitse vertragingsrente)',
        explanation:
          'De rente die de Duitse wet toestaat zodra een betaling te laat is. Die ligt een vast aantal procentpunten boven de basisrente.',
      },
      'de.mahngebuehr': {
        term: 'Mahngebühr (Duitse herinneringskosten)',
        explanation:
          'Kleine kosten voor een aanmaning nadat de betaling te laat is. De Duitse wet staat alleen de werkelijke kosten toe, meestal een paar euro.',
      },
      'de.mahnung': {
        term: 'Mahnung (Duitse aanmaning)',
        explanation:
          'Een schriftelijk verzoek om een vervallen factuur te betalen. In Duitsland begint vanaf dat moment ook de rente te lopen.',
      },
      'gb.late-payment-compensation': {
        term: 'Late payment compensation (Britse vergoeding)',
        explanation:
          'Een vast bedrag van £ 40, £ 70 of £ 100, afhankelijk van de hoogte van de vordering, dat de Britse wet toestaat als een bedrijf een ander bedrijf te laat betaalt.',
      },
      'rf-reference': {
        term: 'RF-referentie',
        explanation:
          'Een internationaal betalingskenmerk dat met RF begint. Neem het bij een overboeking precies over, zodat de betaling automatisch wordt gekoppeld.',
      },
      'instalment-plan': {
        term: 'Betalingsregeling',
        explanation:
          'Een afspraak om het bedrag in kleinere delen op vaste data te betalen. Zolang de afspraken worden nagekomen, volgen er geen herinneringen.',
      },
      dispute: {
        term: 'Betwisting',
        explanation:
          'Aan de schuldeiser laten weten dat een factuur geheel of gedeeltelijk niet klopt. Het betwiste deel staat stil tot het is uitgezocht; de rest blijft te betalen.',
      },
    },
  },

  explainer: {
    heading: (p) => `Factuur ${p.number}`,
    invoiceNumber: 'Factuurnummer',
    issued: 'Factuurdatum',
    due: 'Vervaldatum',
    total: 'Totaal',
    openAmount: 'Te betalen',
    daysOverdue: (p) => byCount(p.count, '1 dag te laat', `${n(p.count)} dagen te laat`),
    disputedPart: (p) => `${p.amount} betwist, staat stil`,
    lines: 'Waar de factuur voor is',
    description: 'Omschrijving',
    quantity: 'Aantal',
    unitPrice: 'Prijs per stuk',
    lineAmount: 'Bedrag',
    deliveredOn: (p) => `Geleverd op ${p.date}`,
    lineReference: (p) => `Referentie ${p.reference}`,
    references: 'Referenties',
    order: 'Bestelling',
    contract: 'Contract',
    purchaseOrder: 'Inkooporder (PO)',
    charges: 'Kosten en rente',
    noCharges: 'Er zijn geen kosten of rente bijgekomen.',
    paymentsReceived: 'Ontvangen betalingen',
    noPayments: 'Nog geen betalingen ontvangen.',
    paymentMethods: {
      card: 'Kaart',
      wallet: 'Digitale portemonnee',
      bank_transfer: 'Overboeking',
      credit: 'Creditnota',
      other: 'Anders',
    },
    remindersSent: 'Verstuurde herinneringen',
    noReminders: 'Er zijn geen herinneringen verstuurd.',
    channels: { email: 'e-mail', sms: 'sms', letter: 'brief', portal: 'klantportaal' },
    timeline: {
      'reminder.sent': (p) =>
        `Herinnering verstuurd op ${p.date}${when(p.channel, (c) => ` per ${c}`)}${when(p.amount, (a) => `, kosten ${a}`)}`,
      'charge.added': (p) => `${p.amount ?? 'Kosten'} bijgekomen op ${p.date}`,
      'payment.received': (p) => `Betaling${when(p.amount, (a) => ` van ${a}`)} ontvangen op ${p.date}`,
      'dispute.opened': (p) => `Betwisting ingediend op ${p.date}`,
      'plan.accepted': (p) => `Betalingsregeling afgesproken op ${p.date}`,
      'promise.made': (p) => `Betaaldatum gekozen op ${p.date}`,
      'stage.changed': (p) => `Status bijgewerkt op ${p.date}`,
    },
    whatHappensNext: 'Wat er nu gebeurt',
    originalDocument: 'Originele factuur (pdf)',
    opensInNewTab: 'opent in een nieuw tabblad',
    issuedBy: (p) => `Van ${p.creditor}`,
    dueIn: (p) =>
      p.count <= 0
        ? 'Vervalt vandaag'
        : byCount(p.count, 'Vervalt morgen', `Vervalt over ${n(p.count)} dagen`),
    nothingToPay: 'Volledig betaald. Er staat niets meer open.',
    chargeAddedOn: (p) => `Toegevoegd op ${p.date}`,
    lineProblem: 'Klopt er iets niet aan deze regel?',
    actionsHeading: 'Mogelijkheden voor deze factuur',
  },
};
