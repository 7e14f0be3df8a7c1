import { formatNumber, formatPercent } from './format';
import { type BannerParams, type Messages, plural } from './messages';
import { capitalize, when } from './text';

// Nederlands. Formeel is u/uw (veel oudere klanten verwachten het), informeel je/jouw; de
// schuldeiser kiest, en binnen één bericht wordt nooit gemengd. Buiten de banner vermijdt de
// tekst aanspreekvormen (gebiedende wijs en onpersoonlijke zinnen), zodat die bij beide past.

const n = (value: number): string => formatNumber(value, 'nl');
const byCount = (count: number, one: string, other: string): string => plural('nl', count, { one, other });

/** "uw factuur van X voor € 10" / "uw 2 facturen van X voor in totaal € 20". */
const uw = (p: BannerParams): string =>
  byCount(
    p.count,
    `uw factuur van ${p.creditor} voor ${p.amount}`,
    `uw ${n(p.count)} facturen van ${p.creditor} voor in totaal ${p.amount}`,
  );
/** "je factuur van X voor € 10" / "je 2 facturen van X voor in totaal € 20". */
const je = (p: BannerParams): string =>
  byCount(
    p.count,
    `je factuur van ${p.creditor} voor ${p.amount}`,
    `je ${n(p.count)} facturen van ${p.creditor} voor in totaal ${p.amount}`,
  );
/** Before the due date: "vervalt op D" / "vervallen binnenkort, de eerste op D". */
const vervalt = (p: BannerParams): string =>
  byCount(p.count, `vervalt op ${p.dueDate}`, `vervallen binnenkort, de eerste op ${p.dueDate}`);
/** After the due date: "is op D vervallen" / "zijn vervallen (de eerste op D)"; brackets keep commas out. */
const vervallen = (p: BannerParams): string =>
  byCount(p.count, `is op ${p.dueDate} vervallen`, `zijn vervallen (de eerste op ${p.dueDate})`);
/** Between commas: "vervallen op D" / "de eerste vervallen op D". */
const vervallenOp = (p: BannerParams): string =>
  byCount(p.count, `vervallen op ${p.dueDate}`, `de eerste vervallen op ${p.dueDate}`);
const isZijn = (p: BannerParams): string => byCount(p.count, 'is', 'zijn');

export const nl: Messages = {
  locale: 'nl',

  common: {
    loading: 'Bezig met laden…',
    errorFallback: 'De facturen konden nu even niet worden geladen. Probeer het zo nog eens.',
    retry: 'Opnieuw proberen',
    close: 'Sluiten',
    dialogClose: 'Venster sluiten',
    cancel: 'Annuleren',
    back: 'Terug',
    continue: 'Verder',
    optional: 'optioneel',
    invoiceCount: (p) => byCount(p.count, '1 factuur', `${n(p.count)} facturen`),
    helpFor: (p) => `Wat betekent ‘${p.term}’?`,
  },

  actions: {
    view: 'Factuur bekijken',
    pay: 'Nu betalen',
    plan: 'Betalingsregeling voorstellen',
    promise: 'Betaaldatum kiezen',
    dispute: 'Er klopt iets niet',
    snooze: 'Later herinneren',
    showAmounts: 'Bedragen tonen',
    hideAmounts: 'Bedragen verbergen',
    close: 'Sluiten',
  },

  banner: {
    label: 'Betalingsbericht',
    discreetHeading: 'Een bericht over de klantrelatie',
    snoozed: (p) => `Dit bericht komt op ${p.date} terug.`,

    upcoming: {
      direct: {
        formal: {
          heading: (p) => `Uiterlijk ${p.dueDate} te betalen: ${p.amount}`,
          body: (p) => `${capitalize(uw(p))} ${vervalt(p)}.`,
          nextStep: (p) =>
            p.nextDate
              ? `Is uw betaling op ${p.nextDate} nog niet binnen, dan sturen wij u een herinnering${when(p.nextFee, (f) => ` en brengen wij ${f} kosten in rekening`)}.`
              : 'Zodra u heeft betaald, hoeft u verder niets te doen.',
          wayOut: () =>
            'U kunt nu betalen, een latere betaaldatum kiezen of een betalingsregeling voorstellen. Klopt er iets niet op de factuur, laat het ons dan weten.',
        },
        informal: {
          heading: (p) => `Uiterlijk ${p.dueDate} te betalen: ${p.amount}`,
          body: (p) => `Even een seintje: ${je(p)} ${vervalt(p)}.`,
          nextStep: (p) =>
            p.nextDate
              ? `Is je betaling op ${p.nextDate} nog niet binnen, dan sturen we je een herinnering${when(p.nextFee, (f) => ` en brengen we ${f} kosten in rekening`)}.`
              : 'Zodra je hebt betaald, hoef je verder niets te doen.',
          wayOut: () =>
            'Betaal nu, kies een andere datum of spreid het bedrag in termijnen. Klopt er iets niet? Laat het ons gerust weten.',
        },
      },
      indirect: {
        formal: {
          heading: () => 'Een bericht vooraf over uw factuur',
          body: (p) =>
            `Wij laten het u graag op tijd weten, voor het geval dat helpt bij uw planning: ${uw(p)} ${vervalt(p)}.`,
          nextStep: (p) =>
            p.nextDate
              ? `Is uw betaling op ${p.nextDate} nog niet binnen, dan sturen wij u een herinnering${when(p.nextFee, (f) => `, waarvoor wij ${f} kosten rekenen`)}.`
              : 'Zodra u heeft betaald, hoeft u verder niets te doen.',
          wayOut: () =>
            'Komt deze datum niet goed uit, dan kunt u een andere betaaldatum kiezen of een betalingsregeling voorstellen. Is iets op de factuur onduidelijk, dan horen wij het graag.',
        },
        informal: {
          heading: () => 'Even een seintje vooraf',
          body: (p) => `Voor het geval het helpt bij je planning: ${je(p)} ${vervalt(p)}.`,
          nextStep: (p) =>
            p.nextDate
              ? `Is je betaling op ${p.nextDate} nog niet binnen, dan sturen we je een herinnering${when(p.nextFee, (f) => `, waarvoor we ${f} kosten rekenen`)}.`
              : 'Zodra je hebt betaald, hoef je verder niets te doen.',
          wayOut: () =>
            'Komt de datum niet goed uit? Kies dan een andere dag of spreid het bedrag in termijnen. En is iets onduidelijk, laat het ons gerust weten.',
        },
      },
    },

    reminder: {
      direct: {
        formal: {
          heading: (p) => `Betalingsherinnering: ${p.amount}`,
          body: (p) => `${capitalize(uw(p))} ${vervallen(p)}. Wij hebben uw betaling nog niet ontvangen.`,
          nextStep: (p) =>
            p.nextDate
              ? `Hebben wij uw betaling op ${p.nextDate} nog niet ontvangen, dan sturen wij u een tweede herinnering${when(p.nextFee, (f) => ` en brengen wij ${f} kosten in rekening`)}.`
              : 'Wij laten het u weten voordat er iets anders gebeurt.',
          wayOut: () =>
            'U kunt nu betalen, of een betaaldatum kiezen of een betalingsregeling voorstellen als dat beter uitkomt. Klopt er volgens u iets niet, laat het ons dan weten; dan zetten wij de herinneringen stil zolang wij het uitzoeken.',
        },
        informal: {
          heading: (p) => `Betalingsherinnering: ${p.amount}`,
          body: (p) => `${capitalize(je(p))} ${vervallen(p)}. We hebben je betaling nog niet ontvangen.`,
          nextStep: (p) =>
            p.nextDate
              ? `Hebben we je betaling op ${p.nextDate} nog niet ontvangen, dan sturen we je een tweede herinnering${when(p.nextFee, (f) => ` en brengen we ${f} kosten in rekening`)}.`
              : 'We laten het je weten voordat er iets anders gebeurt.',
          wayOut: () =>
            'Betaal nu, kies een betaaldatum of spreid het bedrag in termijnen. Klopt er iets niet? Laat het ons weten, dan zetten we de herinneringen stil zolang we het uitzoeken.',
        },
      },
      indirect: {
        formal: {
          heading: () => 'Een vriendelijke herinnering',
          body: (p) =>
            `Misschien is het u ontgaan: ${uw(p)} ${vervallen(p)} en wij hebben de betaling nog niet gezien. Heeft u de afgelopen dagen al betaald, dan danken wij u daarvoor en kunt u dit bericht als niet verzonden beschouwen.`,
          nextStep: (p) =>
            p.nextDate
              ? `Is de betaling op ${p.nextDate} nog niet binnen, dan sturen wij u een tweede herinnering${when(p.nextFee, (f) => `, waarvoor wij ${f} kosten rekenen`)}.`
              : 'Wij laten het u weten voordat er iets anders gebeurt.',
          wayOut: () =>
            'Komt betalen nu niet goed uit, dan kunt u een betaaldatum kiezen of een betalingsregeling voorstellen. En klopt er iets niet op de factuur, laat het ons dan weten; wij zetten de herinneringen stil zolang wij het uitzoeken.',
        },
        informal: {
          heading: () => 'Een vriendelijke herinnering',
          body: (p) =>
            `Misschien is het je ontgaan: ${je(p)} ${vervallen(p)} en we hebben de betaling nog niet gezien. Heb je de afgelopen dagen al betaald? Dan bedankt, en dan kun je dit bericht vergeten.`,
          nextStep: (p) =>
            p.nextDate
              ? `Is de betaling op ${p.nextDate} nog niet binnen, dan sturen we je een tweede herinnering${when(p.nextFee, (f) => `, waarvoor we ${f} kosten rekenen`)}.`
              : 'We laten het je weten voordat er iets anders gebeurt.',
          wayOut: () =>
            'Komt het nu niet goed uit? Kies dan een betaaldatum of spreid het bedrag in termijnen. Klopt er iets niet, laat het ons weten; we zetten de herinneringen stil zolang we het uitzoeken.',
        },
      },
    },

    firm: {
      direct: {
        formal: {
          heading: (p) => `Tweede herinnering: ${p.amount}`,
          body: (p) =>
            `${capitalize(uw(p))} ${vervallen(p)}. Ook na onze eerste herinnering hebben wij uw betaling nog niet ontvangen.`,
          nextStep: (p) =>
            p.nextDate
              ? `Hebben wij uw betaling op ${p.nextDate} nog niet ontvangen, dan sturen wij u een laatste aanmaning${when(p.nextFee, (f) => ` en brengen wij ${f} kosten in rekening`)}.`
              : 'Wij laten het u weten voordat er iets anders gebeurt.',
          wayOut: () =>
            'U kunt nu betalen, of vandaag nog een betalingsregeling of betaaldatum voorstellen. Klopt er iets niet met de factuur, laat het ons dan weten; dan zetten wij de herinneringen stil zolang wij het uitzoeken.',
        },
        informal: {
          heading: (p) => `Tweede herinnering: ${p.amount}`,
          body: (p) =>
            `${capitalize(je(p))} ${vervallen(p)}. Ook na onze eerste herinnering hebben we je betaling nog niet ontvangen.`,
          nextStep: (p) =>
            p.nextDate
              ? `Hebben we je betaling op ${p.nextDate} nog niet ontvangen, dan sturen we je een laatste aanmaning${when(p.nextFee, (f) => ` en brengen we ${f} kosten in rekening`)}.`
              : 'We laten het je weten voordat er iets anders gebeurt.',
          wayOut: () =>
            'Betaal nu, of stel vandaag nog een betalingsregeling of betaaldatum voor. Klopt er iets niet? Laat het ons weten, dan zetten we de herinneringen stil zolang we het uitzoeken.',
        },
      },
      indirect: {
        formal: {
          heading: () => 'Wij zoeken graag samen met u naar een oplossing',
          body: (p) =>
            `Wij schreven u eerder over ${uw(p)}, ${vervallenOp(p)}. Misschien is ons bericht u ontgaan, of komt betalen nu niet goed uit. Hoe dan ook, wij zoeken graag samen met u naar een oplossing.`,
          nextStep: (p) =>
            p.nextDate
              ? `Horen wij niets van u en is de betaling op ${p.nextDate} niet binnen, dan sturen wij u een laatste aanmaning${when(p.nextFee, (f) => `, waarvoor wij ${f} kosten rekenen`)}.`
              : 'Wij laten het u weten voordat er iets anders gebeurt.',
          wayOut: () =>
            'U kunt nu betalen, een betaaldatum kiezen of een betalingsregeling voorstellen die bij uw budget past. Klopt er iets niet op de factuur, laat het ons dan weten.',
        },
        informal: {
          heading: () => 'Laten we samen een oplossing zoeken',
          body: (p) =>
            `We schreven je eerder over ${je(p)}, ${vervallenOp(p)}. Misschien is ons bericht je ontgaan, of komt betalen nu niet goed uit. Hoe dan ook, we zoeken graag samen met je naar een oplossing.`,
          nextStep: (p) =>
            p.nextDate
              ? `Horen we niets van je en is de betaling op ${p.nextDate} niet binnen, dan sturen we je een laatste aanmaning${when(p.nextFee, (f) => `, waarvoor we ${f} kosten rekenen`)}.`
              : 'We laten het je weten voordat er iets anders gebeurt.',
          wayOut: () =>
            'Betaal nu, kies een betaaldatum of stel een betalingsregeling voor die bij je budget past. Klopt er iets niet, laat het ons gerust weten.',
        },
      },
    },

    // De 14-dagenbrief (art. 6:96 lid 6 BW): 14 dagen na de dag van ontvangst, het gevolg van
    // niet betalen, en de exacte incassokosten (nextFee). Zonder bedrag valt de tekst terug op
    // "de wettelijke incassokosten", maar dan voldoet de brief niet aan de wet: geef het mee.
    final: {
      direct: {
        formal: {
          heading: () => 'Laatste aanmaning: u heeft nog 14 dagen om te betalen',
          body: (p) =>
            `${capitalize(uw(p))} ${vervallen(p)} en ${isZijn(p)} na onze herinneringen nog niet betaald. Dit is de laatste aanmaning (14-dagenbrief). U heeft nog 14 dagen om te betalen, gerekend vanaf de dag na ontvangst van dit bericht.`,
          nextStep: (p) =>
            `Betaalt u niet ${p.nextDate ? `uiterlijk op ${p.nextDate}` : 'binnen deze 14 dagen'}, dan dragen wij de vordering over aan een incassobureau en bent u ${p.nextFee ? `incassokosten verschuldigd ter hoogte van ${p.nextFee}` : 'de wettelijke incassokosten verschuldigd'}.`,
          wayOut: () =>
            'U kunt dit hier nog regelen door nu te betalen of een betalingsregeling of betaaldatum voor te stellen. Betwist u de factuur, laat het ons dan weten; zolang wij dat uitzoeken, dragen wij de vordering niet over.',
        },
        informal: {
          heading: () => 'Laatste aanmaning: je hebt nog 14 dagen om te betalen',
          body: (p) =>
            `${capitalize(je(p))} ${vervallen(p)} en ${isZijn(p)} na onze herinneringen nog niet betaald. Dit is de laatste aanmaning (14-dagenbrief). Je hebt nog 14 dagen om te betalen, gerekend vanaf de dag nadat je dit bericht hebt ontvangen.`,
          nextStep: (p) =>
            `Betaal je niet ${p.nextDate ? `uiterlijk op ${p.nextDate}` : 'binnen deze 14 dagen'}, dan dragen we de vordering over aan een incassobureau en ben je ${p.nextFee ? `incassokosten verschuldigd ter hoogte van ${p.nextFee}` : 'de wettelijke incassokosten verschuldigd'}.`,
          wayOut: () =>
            'Je kunt dit hier nog regelen door nu te betalen of een betalingsregeling of betaaldatum voor te stellen. Klopt de factuur volgens jou niet, laat het ons dan weten; zolang we dat uitzoeken, dragen we de vordering niet over.',
        },
      },
      indirect: {
        formal: {
          heading: () => 'Laatste aanmaning: wij lossen dit liever samen met u op',
          body: (p) =>
            `Wij hebben u geschreven over ${uw(p)}, ${vervallenOp(p)}, maar nog niets van u gehoord. Wij lossen dit veel liever samen met u op. Daarom deze laatste aanmaning (14-dagenbrief): u heeft nog 14 dagen, gerekend vanaf de dag na ontvangst van dit bericht, om te betalen of contact met ons op te nemen.`,
          nextStep: (p) =>
            `Betaalt u niet ${p.nextDate ? `uiterlijk op ${p.nextDate}` : 'binnen deze 14 dagen'}, dan dragen wij de vordering over aan een incassobureau en bent u ${p.nextFee ? `incassokosten verschuldigd ter hoogte van ${p.nextFee}` : 'de wettelijke incassokosten verschuldigd'}.`,
          wayOut: () =>
            'Een betalingsregeling of een latere betaaldatum kan hier nog worden afgesproken, of u kunt nu betalen. Is er een reden dat de factuur nog niet is betaald, dan horen wij die graag van u.',
        },
        informal: {
          heading: () => 'Laatste aanmaning: we lossen dit liever samen met je op',
          body: (p) =>
            `We hebben je geschreven over ${je(p)}, ${vervallenOp(p)}, maar nog niets van je gehoord. We lossen dit veel liever samen met je op. Daarom deze laatste aanmaning (14-dagenbrief): je hebt nog 14 dagen, gerekend vanaf de dag nadat je dit bericht hebt ontvangen, om te betalen of contact met ons op te nemen.`,
          nextStep: (p) =>
            `Betaal je niet ${p.nextDate ? `uiterlijk op ${p.nextDate}` : 'binnen deze 14 dagen'}, dan dragen we de vordering over aan een incassobureau en ben je ${p.nextFee ? `incassokosten verschuldigd ter hoogte van ${p.nextFee}` : 'de wettelijke incassokosten verschuldigd'}.`,
          wayOut: () =>
            'Een betalingsregeling of een latere betaaldatum kan hier nog worden afgesproken, of je kunt nu betalen. Is er een reden dat de factuur nog niet is betaald, dan horen we die graag.',
        },
      },
    },

    collection: {
      direct: {
        formal: {
          heading: (p) =>
            p.nextDate ? 'Overdracht aan een incassobureau' : 'Overgedragen aan een incassobureau',
          body: (p) =>
            `${capitalize(uw(p))}, ${vervallenOp(p)}, ${isZijn(p)} na onze laatste aanmaning niet betaald. Daarom ${p.nextDate ? 'dragen wij' : 'hebben wij'} de vordering ${p.nextDate ? 'over' : 'overgedragen'} aan ${p.agency ?? 'een incassobureau'}.`,
          nextStep: (p) =>
            p.nextDate
              ? `De overdracht gebeurt op ${p.nextDate}${when(p.nextFee, (f) => `; vanaf dan bent u ${f} aan incassokosten verschuldigd`)}.`
              : `De vordering ligt nu bij ${p.agency ?? 'het incassobureau'}${when(p.nextFee, (f) => `; daarbij komt ${f} aan incassokosten`)}.`,
          wayOut: () =>
            'U kunt hier nog steeds betalen of een betalingsregeling voorstellen; wij geven dat door. Denkt u dat de vordering niet klopt, laat het ons dan weten.',
        },
        informal: {
          heading: (p) =>
            p.nextDate ? 'Overdracht aan een incassobureau' : 'Overgedragen aan een incassobureau',
          body: (p) =>
            `${capitalize(je(p))}, ${vervallenOp(p)}, ${isZijn(p)} na onze laatste aanmaning niet betaald. Daarom ${p.nextDate ? 'dragen we' : 'hebben we'} de vordering ${p.nextDate ? 'over' : 'overgedragen'} aan ${p.agency ?? 'een incassobureau'}.`,
          nextStep: (p) =>
            p.nextDate
              ? `De overdracht gebeurt op ${p.nextDate}${when(p.nextFee, (f) => `; vanaf dan ben je ${f} aan incassokosten verschuldigd`)}.`
              : `De vordering ligt nu bij ${p.agency ?? 'het incassobureau'}${when(p.nextFee, (f) => `; daarbij komt ${f} aan incassokosten`)}.`,
          wayOut: () =>
            'Je kunt hier nog steeds betalen of een betalingsregeling voorstellen; we geven dat door. Denk je dat de vordering niet klopt, laat het ons dan weten.',
        },
      },
      indirect: {
        formal: {
          heading: () => 'U kunt dit nog steeds met ons regelen',
          body: (p) =>
            `Wij zijn het over ${uw(p)}, ${vervallenOp(p)}, helaas niet eens geworden. Daarom ${p.nextDate ? 'dragen wij' : 'hebben wij'} de vordering ${p.nextDate ? 'over' : 'overgedragen'} aan ${p.agency ?? 'een incassobureau'}. Wij lossen het nog steeds graag rechtstreeks met u op.`,
          nextStep: (p) =>
            p.nextDate
              ? `De overdracht gebeurt op ${p.nextDate}${when(p.nextFee, (f) => `; vanaf dan bent u ${f} aan incassokosten verschuldigd`)}.`
              : `De vordering ligt nu bij ${p.agency ?? 'het incassobureau'}${when(p.nextFee, (f) => `; daarbij komt ${f} aan incassokosten`)}.`,
          wayOut: () =>
            'U bent welkom om hier te betalen of een betalingsregeling voor te stellen; wij geven dat door. Klopt er iets niet aan de vordering, laat het ons dan weten.',
        },
        informal: {
          heading: () => 'Je kunt dit nog steeds met ons regelen',
          body: (p) =>
            `We zijn het over ${je(p)}, ${vervallenOp(p)}, helaas niet eens geworden. Daarom ${p.nextDate ? 'dragen we' : 'hebben we'} de vordering ${p.nextDate ? 'over' : 'overgedragen'} aan ${p.agency ?? 'een incassobureau'}. We lossen het nog steeds graag rechtstreeks met je op.`,
          nextStep: (p) =>
            p.nextDate
              ? `De overdracht gebeurt op ${p.nextDate}${when(p.nextFee, (f) => `; vanaf dan ben je ${f} aan incassokosten verschuldigd`)}.`
              : `De vordering ligt nu bij ${p.agency ?? 'het incassobureau'}${when(p.nextFee, (f) => `; daarbij komt ${f} aan incassokosten`)}.`,
          wayOut: () =>
            'Betaal hier of stel een betalingsregeling voor; we geven dat door. Klopt er iets niet aan de vordering, laat het ons dan weten.',
        },
      },
    },

    paused: {
      dispute: {
        direct: {
          formal: {
            heading: () => 'Herinneringen gepauzeerd zolang wij uw melding bekijken',
            body: (p) =>
              `U heeft ons laten weten dat er iets niet klopt met ${uw(p)}, ${vervallenOp(p)}. Voor het betwiste deel sturen wij geen herinneringen zolang wij het uitzoeken.`,
            nextStep: (p) =>
              p.nextDate
                ? `U krijgt uiterlijk ${p.nextDate} antwoord van ons.`
                : 'U krijgt zo snel mogelijk antwoord van ons.',
            wayOut: () =>
              'Het deel dat u niet betwist, kunt u gewoon betalen. Wilt u nog iets toevoegen, neem dan gerust contact met ons op.',
          },
          informal: {
            heading: () => 'Herinneringen gepauzeerd zolang we je melding bekijken',
            body: (p) =>
              `Je hebt ons laten weten dat er iets niet klopt met ${je(p)}, ${vervallenOp(p)}. Voor het betwiste deel sturen we geen herinneringen zolang we het uitzoeken.`,
            nextStep: (p) =>
              p.nextDate
                ? `Je krijgt uiterlijk ${p.nextDate} antwoord van ons.`
                : 'Je krijgt zo snel mogelijk antwoord van ons.',
            wayOut: () =>
              'Het deel dat je niet betwist, kun je gewoon betalen. Wil je nog iets toevoegen, neem dan gerust contact met ons op.',
          },
        },
        indirect: {
          formal: {
            heading: () => 'Dank u wel voor uw melding',
            body: (p) =>
              `Dank u wel dat u ons heeft laten weten wat er niet klopt aan ${uw(p)}, ${vervallenOp(p)}. Voor het betwiste deel sturen wij geen herinneringen zolang wij het uitzoeken.`,
            nextStep: (p) =>
              p.nextDate
                ? `U krijgt uiterlijk ${p.nextDate} antwoord van ons.`
                : 'U krijgt zo snel mogelijk antwoord van ons.',
            wayOut: () =>
              'Het deel dat u niet betwist, kunt u betalen wanneer het u uitkomt. Wilt u nog iets toevoegen, neem dan gerust contact met ons op.',
          },
          informal: {
            heading: () => 'Bedankt voor je melding',
            body: (p) =>
              `Bedankt dat je ons hebt laten weten wat er niet klopt aan ${je(p)}, ${vervallenOp(p)}. Voor het betwiste deel sturen we geen herinneringen zolang we het uitzoeken.`,
            nextStep: (p) =>
              p.nextDate
                ? `Je krijgt uiterlijk ${p.nextDate} antwoord van ons.`
                : 'Je krijgt zo snel mogelijk antwoord van ons.',
            wayOut: () =>
              'Het deel dat je niet betwist, kun je betalen wanneer het je uitkomt. Wil je nog iets toevoegen, neem dan gerust contact met ons op.',
          },
        },
      },
      plan: {
        direct: {
          formal: {
            heading: () => 'Uw betalingsregeling loopt',
            body: (p) =>
              `U betaalt ${uw(p)}, ${vervallenOp(p)}, in termijnen. Zolang de afspraken worden nagekomen, sturen wij geen herinneringen.`,
            nextStep: (p) =>
              p.nextDate
                ? `Uw volgende termijn${when(p.nextAmount, (a) => ` van ${a}`)} vervalt op ${p.nextDate}.`
                : 'Alle termijnen staan in uw betalingsregeling.',
            wayOut: () =>
              'U kunt altijd meer betalen of het restant in één keer voldoen. Wordt een termijn lastig, laat het ons dan vóór de vervaldatum weten.',
          },
          informal: {
            heading: () => 'Je betalingsregeling loopt',
            body: (p) =>
              `Je betaalt ${je(p)}, ${vervallenOp(p)}, in termijnen. Zolang de afspraken worden nagekomen, sturen we geen herinneringen.`,
            nextStep: (p) =>
              p.nextDate
                ? `Je volgende termijn${when(p.nextAmount, (a) => ` van ${a}`)} vervalt op ${p.nextDate}.`
                : 'Alle termijnen staan in je betalingsregeling.',
            wayOut: () =>
              'Je kunt altijd meer betalen of het restant in één keer voldoen. Wordt een termijn lastig, laat het ons dan vóór de vervaldatum weten.',
          },
        },
        indirect: {
          formal: {
            heading: () => 'Dank u wel voor het treffen van een betalingsregeling',
            body: (p) =>
              `U betaalt ${uw(p)}, ${vervallenOp(p)}, in termijnen, zoals afgesproken. Zolang de afspraken worden nagekomen, sturen wij geen herinneringen.`,
            nextStep: (p) =>
              p.nextDate
                ? `Uw volgende termijn${when(p.nextAmount, (a) => ` van ${a}`)} vervalt op ${p.nextDate}.`
                : 'Alle termijnen staan in uw betalingsregeling.',
            wayOut: () =>
              'U kunt altijd meer betalen of het restant in één keer voldoen. Mocht een termijn lastig worden, laat het ons dan vóór de vervaldatum weten.',
          },
          informal: {
            heading: () => 'Bedankt voor het treffen van een betalingsregeling',
            body: (p) =>
              `Je betaalt ${je(p)}, ${vervallenOp(p)}, in termijnen, zoals afgesproken. Zolang de afspraken worden nagekomen, sturen we geen herinneringen.`,
            nextStep: (p) =>
              p.nextDate
                ? `Je volgende termijn${when(p.nextAmount, (a) => ` van ${a}`)} vervalt op ${p.nextDate}.`
                : 'Alle termijnen staan in je betalingsregeling.',
            wayOut: () =>
              'Je kunt altijd meer betalen of het restant in één keer voldoen. Wordt een termijn lastig, laat het ons dan gerust vóór de vervaldatum weten.',
          },
        },
      },
      promise: {
        direct: {
          formal: {
            heading: () => 'Betaaldatum genoteerd',
            body: (p) => `U heeft een betaaldatum gekozen voor ${uw(p)}, ${vervallenOp(p)}.`,
            nextStep: (p) =>
              p.nextDate
                ? `Tot ${p.nextDate} sturen wij geen herinneringen. Is de betaling dan nog niet binnen, dan gaan de herinneringen weer verder${when(p.nextFee, (f) => `, met ${f} kosten`)}.`
                : 'Tot de gekozen datum sturen wij geen herinneringen.',
            wayOut: () =>
              'U kunt ook nu al betalen, of een betalingsregeling voorstellen als de datum toch niet uitkomt.',
          },
          informal: {
            heading: () => 'Betaaldatum genoteerd',
            body: (p) => `Je hebt een betaaldatum gekozen voor ${je(p)}, ${vervallenOp(p)}.`,
            nextStep: (p) =>
              p.nextDate
                ? `Tot ${p.nextDate} sturen we geen herinneringen. Is de betaling dan nog niet binnen, dan gaan de herinneringen weer verder${when(p.nextFee, (f) => `, met ${f} kosten`)}.`
                : 'Tot de gekozen datum sturen we geen herinneringen.',
            wayOut: () =>
              'Je kunt ook nu al betalen, of het bedrag in termijnen spreiden als de datum toch niet uitkomt.',
          },
        },
        indirect: {
          formal: {
            heading: () => 'Dank u wel, wij hebben uw betaaldatum genoteerd',
            body: (p) => `Dank u wel voor het kiezen van een betaaldatum voor ${uw(p)}, ${vervallenOp(p)}.`,
            nextStep: (p) =>
              p.nextDate
                ? `Tot ${p.nextDate} sturen wij geen herinneringen. Is de betaling dan nog niet binnen, dan gaan de herinneringen weer verder${when(p.nextFee, (f) => `, met ${f} kosten`)}.`
                : 'Tot de gekozen datum sturen wij geen herinneringen.',
            wayOut: () =>
              'Komt het beter uit, dan kunt u ook nu al betalen, of een betalingsregeling voorstellen als de datum toch niet past.',
          },
          informal: {
            heading: () => 'Bedankt, we hebben je betaaldatum genoteerd',
            body: (p) => `Bedankt voor het kiezen van een betaaldatum voor ${je(p)}, ${vervallenOp(p)}.`,
            nextStep: (p) =>
              p.nextDate
                ? `Tot ${p.nextDate} sturen we geen herinneringen. Is de betaling dan nog niet binnen, dan gaan de herinneringen weer verder${when(p.nextFee, (f) => `, met ${f} kosten`)}.`
                : 'Tot de gekozen datum sturen we geen herinneringen.',
            wayOut: () =>
              'Komt het beter uit, dan kun je ook nu al betalen, of het bedrag in termijnen spreiden als de datum toch niet past.',
          },
        },
      },
      creditor: {
        direct: {
          formal: {
            heading: () => 'Herinneringen staan stil',
            body: (p) => `Wij hebben de herinneringen stilgezet voor ${uw(p)}, ${vervallenOp(p)}.`,
            nextStep: (p) =>
              p.nextDate
                ? `Tot ${p.nextDate} gebeurt er verder niets.`
                : 'Wij laten het u weten voordat er iets verandert.',
            wayOut: () =>
              'U kunt wel altijd betalen, een betaaldatum kiezen of een betalingsregeling voorstellen.',
          },
          informal: {
            heading: () => 'Herinneringen staan stil',
            body: (p) => `We hebben de herinneringen stilgezet voor ${je(p)}, ${vervallenOp(p)}.`,
            nextStep: (p) =>
              p.nextDate
                ? `Tot ${p.nextDate} gebeurt er verder niets.`
                : 'We laten het je weten voordat er iets verandert.',
            wayOut: () =>
              'Je kunt wel altijd betalen, een betaaldatum kiezen of het bedrag in termijnen spreiden.',
          },
        },
        indirect: {
          formal: {
            heading: () => 'Herinneringen staan voorlopig stil',
            body: (p) => `Wij hebben de herinneringen stilgezet voor ${uw(p)}, ${vervallenOp(p)}.`,
            nextStep: (p) =>
              p.nextDate
                ? `Tot ${p.nextDate} gebeurt er verder niets.`
                : 'Wij laten het u weten voordat er iets verandert.',
            wayOut: () =>
              'Wanneer het u uitkomt, kunt u betalen, een betaaldatum kiezen of een betalingsregeling voorstellen.',
          },
          informal: {
            heading: () => 'Herinneringen staan voorlopig stil',
            body: (p) => `We hebben de herinneringen stilgezet voor ${je(p)}, ${vervallenOp(p)}.`,
            nextStep: (p) =>
              p.nextDate
                ? `Tot ${p.nextDate} gebeurt er verder niets.`
                : 'We laten het je weten voordat er iets verandert.',
            wayOut: () =>
              'Wanneer het je uitkomt, kun je betalen, een betaaldatum kiezen of het bedrag in termijnen spreiden.',
          },
        },
      },
    },
  },

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
      dispute_answer: {
        label: 'Antwoord op de melding',
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
        `Herinneringskosten van ${p.amount}. De Duitse wet staat alleen de werkelijke kosten van een aanmaning toe, en niet voor de eerste.`,
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
          'Een incassobureau neemt een onbetaalde vordering over. De kosten komen bovenop het bedrag, dus betalen of een regeling treffen loont.',
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
      'dispute.opened': (p) => `Melding gedaan op ${p.date}`,
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

  payNow: {
    heading: 'Nu betalen',
    amountToPay: 'Te betalen bedrag',
    fullAmount: (p) => `Volledig bedrag (${p.amount})`,
    partAmount: 'Ander bedrag',
    partAmountHint: (p) => `Tussen ${p.min} en ${p.max}.`,
    method: 'Kies een betaalwijze',
    card: 'Kaart of digitale portemonnee',
    bankTransfer: 'Overboeking',
    payButton: (p) => `${p.amount} betalen`,
    loadingCardForm: 'Betaalformulier laden…',
    processing: 'Betaling wordt verwerkt…',
    accountHolder: 'Ten name van',
    accountNumber: 'Rekeningnummer',
    iban: 'IBAN',
    bic: 'BIC',
    amount: 'Bedrag',
    reference: 'Betalingskenmerk',
    referenceSchemes: { kid: 'KID-nummer', rf: 'RF-referentie', nl: 'Betalingskenmerk' },
    referenceHint: 'Neem het kenmerk precies zo over, dan wordt de betaling aan de juiste factuur gekoppeld.',
    copy: (p) => `${p.label} kopiëren`,
    copied: 'Gekopieerd',
    qrHeading: 'Scannen en betalen',
    qrHint: 'Scan de code met een bankapp om de overboeking in te vullen.',
    qrAlt: 'QR-code met de gegevens voor de overboeking',
    bankTransferNote: 'Een overboeking is meestal binnen één tot twee werkdagen bij ons.',
    successHeading: 'Bedankt, de betaling is ontvangen',
    successBody: (p) => `${p.amount} is betaald op ${p.date}.`,
    receipt: (p) => `Betalingsbewijs ${p.reference}`,
    declinedHeading: 'De betaling is niet gelukt',
    declinedBody:
      'Er is niets afgeschreven. Probeer het opnieuw, gebruik een andere kaart of betaal per overboeking.',
    tryAgain: 'Opnieuw proberen',
    useBankTransfer: 'Liever per overboeking betalen',
    cardUnavailable:
      'Betalen met een kaart kan nu even niet worden geladen. Betalen per overboeking kan wel, met de gegevens hieronder.',
    bankTransferOnly: 'Betalen gaat per overboeking, met de gegevens hieronder.',
    nothingToPay: 'Er valt op dit moment niets te betalen.',
    processingHeading: 'De betaling wordt verwerkt',
    processingBody:
      'De bank bevestigt de betaling nog. Dat kan even duren; verder hoeft er nu niets te gebeuren.',
    copyFailed: 'Kopiëren is niet gelukt. Selecteer de tekst om die te kopiëren.',
    invoiceHeading: (p) => `Factuur ${p.number}`,
    startFailed: 'De betaling kon nu niet worden gestart. Probeer het over een moment opnieuw.',
  },

  plan: {
    heading: 'Betalingsregeling voorstellen',
    intro:
      'Spreid het bedrag in termijnen die in het budget passen. Een regeling binnen de voorwaarden hieronder is meteen afgesproken.',
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
    fee: (p) => `Kosten regeling ${p.amount}`,
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
    policyFee: (p) => `Een regeling kost ${p.amount}; dat komt bij de eerste termijn.`,
    policyNoFee: 'Een regeling kost niets extra.',
    outsidePolicy: (p) =>
      `Dit voorstel valt buiten de gebruikelijke voorwaarden. ${p.creditor} bekijkt het en reageert; de herinneringen staan zolang stil.`,
    violations: {
      minInstalment: (p) => `Elke termijn moet minstens ${p.amount} zijn. Met minder termijnen lukt dat.`,
      maxCount: (p) =>
        byCount(
          p.count,
          'Een regeling heeft hooguit 1 termijn.',
          `Een regeling heeft hooguit ${n(p.count)} termijnen.`,
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
    countOptionReview: (p) => `${n(p.count)} termijnen (vraagt om akkoord)`,
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
    includesFee: (p) => `inclusief ${p.amount} kosten voor de regeling`,
    waivedInterest: (p) => `De rente van ${p.amount} vervalt zolang de regeling wordt nagekomen.`,
    policyGrace: (p) =>
      byCount(
        p.count,
        'Een te late termijn kan nog de dag erna worden betaald voordat de regeling vervalt.',
        `Een te late termijn kan nog binnen ${n(p.count)} dagen worden betaald voordat de regeling vervalt.`,
      ),
    policyReview: (p) =>
      byCount(
        p.count,
        `Een regeling buiten deze voorwaarden voorstellen kan ook: ${p.creditor} reageert binnen 1 dag.`,
        `Een regeling buiten deze voorwaarden voorstellen kan ook: ${p.creditor} reageert binnen ${n(p.count)} dagen.`,
      ),
    moreViolations: {
      frequency: 'De termijnen vervallen eens per maand.',
      afterLapse: 'Een eerdere regeling voor deze factuur is niet nagekomen.',
      currency: 'De termijnen moeten in de valuta van de factuur zijn.',
      countTooHigh: (p) => `Dat worden meer dan ${n(p.count)} termijnen. Vul een hoger bedrag in.`,
    },
    howToPayHeading: 'Zo wordt er betaald',
    howToPayPlan: 'Betaal elke termijn vóór de vervaldatum per bankoverschrijving, met deze gegevens:',
    howToPayPromise: 'Betaal vóór de datum per bankoverschrijving, met deze gegevens:',
    alreadyPlanned: 'Voor deze factuur is al een betalingsregeling.',
    alreadyPromised: 'Voor deze factuur is al een betaaldatum doorgegeven.',
    nothingToPay: 'Op deze factuur staat niets meer open.',
    loadFailed: 'De mogelijkheden om in termijnen te betalen konden nu niet worden geladen.',
    sendFailed: 'Het voorstel kon nu niet worden verstuurd. Probeer het opnieuw.',
    promiseHeading: 'Kies een betaaldatum',
    promiseIntro: (p) =>
      `Kies de dag waarop ${p.amount} wordt betaald. Tot dan volgen er geen herinneringen.`,
    promiseInPast: 'De betaaldatum moet vandaag of later zijn.',
  },

  dispute: {
    heading: 'Laat weten wat er niet klopt',
    intro:
      'Voor het betwiste deel volgen geen herinneringen zolang het wordt uitgezocht. De rest van de factuur blijft te betalen.',
    reasonLabel: 'Wat is het probleem?',
    reasons: {
      not_received: 'Product of dienst niet ontvangen',
      wrong_amount: 'Het bedrag klopt niet',
      quality: 'Er was iets kapot of niet zoals afgesproken',
      already_paid: 'Al betaald',
      not_ordered: 'Niet besteld',
      other: 'Iets anders',
    },
    scopeLabel: 'Om welk deel gaat het?',
    scopeWhole: 'De hele factuur',
    scopeLines: 'Een paar regels',
    scopeAmount: 'Een bedrag',
    linesLabel: 'Betwiste regels',
    amountLabel: 'Betwist bedrag',
    amountHint: (p) => `Hooguit ${p.max}.`,
    messageLabel: 'Wat is er gebeurd?',
    messageHint: 'Een paar zinnen is genoeg. Data, ordernummers of namen helpen.',
    characterCount: (p) =>
      `${n(p.count)} van ${n(p.max)} ${plural('nl', p.max, { one: 'teken', other: 'tekens' })}`,
    attachments: 'Bijlagen',
    attachmentsHint: (p) =>
      `Pdf, png of jpeg, hooguit ${n(p.maxFiles)} bestanden van maximaal ${p.maxSize} per stuk.`,
    addFiles: 'Bestanden toevoegen',
    dropFiles: 'Of sleep bestanden hierheen',
    removeFile: (p) => `${p.name} verwijderen`,
    uploading: (p) => `${p.name} uploaden: ${formatPercent(p.percent, 'nl')}`,
    fileErrors: {
      wrongType: (p) => `${p.name} kan niet worden bijgevoegd. Gebruik een pdf-, png- of jpeg-bestand.`,
      tooLarge: (p) => `${p.name} is groter dan ${p.maxSize}. Voeg een kleiner bestand toe.`,
      tooMany: (p) =>
        byCount(
          p.max,
          'Er kan maar 1 bestand worden bijgevoegd.',
          `Er kunnen hooguit ${n(p.max)} bestanden worden bijgevoegd.`,
        ),
    },
    submit: 'Versturen',
    sending: 'Bezig met versturen…',
    confirmationHeading: 'Bedankt, het bericht is ontvangen',
    reference: (p) => `Kenmerk: ${p.reference}`,
    whatHappensNow: 'Wat er nu gebeurt',
    whatHappensNowBody:
      'De schuldeiser zoekt het uit en reageert. Tot dan volgen er geen herinneringen voor het betwiste deel.',
    respondBy: (p) => `Een antwoord volgt uiterlijk ${p.date}.`,
    remainsPayable: (p) => `${p.amount} wordt niet betwist en kan gewoon worden betaald.`,
    nothingRemainsPayable: 'Op deze factuur hoeft voorlopig niets anders te worden betaald.',
    loadFailed: 'De factuur kon nu niet worden geladen. Probeer het zo nog eens.',
    sendFailed:
      'Het bericht kon nu niet worden verstuurd. Wat er is ingevuld, blijft staan, dus probeer het gerust opnieuw.',
    alreadyDisputed:
      'Dit deel van de factuur wordt al uitgezocht. Een antwoord volgt uiterlijk op de datum die is genoemd.',
  },

  validation: {
    summary: (p) => byCount(p.count, 'Controleer 1 veld', `Controleer ${n(p.count)} velden`),
    required: 'Vul dit veld in.',
    amountInvalid: 'Vul een bedrag in, bijvoorbeeld 150 of 150,50.',
    amountTooLow: (p) => `Vul minstens ${p.min} in.`,
    amountTooHigh: (p) => `Vul hooguit ${p.max} in.`,
    dateInvalid: 'Kies een datum.',
    dateInPast: 'Kies vandaag of een latere datum.',
    chooseReason: 'Kies wat het probleem is.',
    chooseLines: 'Kies minstens één regel.',
    messageTooLong: (p) => `Maak het bericht korter, tot ${n(p.max)} tekens.`,
  },
};
