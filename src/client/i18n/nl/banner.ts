import type { BannerParams } from '../messages';
import type { PartCopy } from '../parts';
import { capitalize, when } from '../text';
import { byCount, n } from './common';

// Nederlands. Formeel is u/uw (veel oudere klanten verwachten het), informeel je/jouw; de
// schuldeiser kiest, en binnen één bericht wordt nooit gemengd. Buiten de banner vermijdt de
// tekst aanspreekvormen (gebiedende wijs en onpersoonlijke zinnen), zodat die bij beide past.

/** " (inclusief € 0,11 rente en kosten)" when the amount includes charges, else nothing. */
const inclusief = (p: BannerParams): string =>
  when(p.charges, (charges) => ` (inclusief ${charges} rente en kosten)`);
/** "uw factuur van X voor € 10" / "uw 2 facturen van X voor in totaal € 20", with any charges named. */
const uw = (p: BannerParams): string =>
  byCount(
    p.count,
    `uw factuur van ${p.creditor} voor ${p.amount}${inclusief(p)}`,
    `uw ${n(p.count)} facturen van ${p.creditor} voor in totaal ${p.amount}${inclusief(p)}`,
  );
/** "je factuur van X voor € 10" / "je 2 facturen van X voor in totaal € 20", with any charges named. */
const je = (p: BannerParams): string =>
  byCount(
    p.count,
    `je factuur van ${p.creditor} voor ${p.amount}${inclusief(p)}`,
    `je ${n(p.count)} facturen van ${p.creditor} voor in totaal ${p.amount}${inclusief(p)}`,
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

/** Between commas, before or after the due date: "met vervaldatum D" / "de eerste met vervaldatum D". */
const metVervaldatum = (p: BannerParams): string =>
  byCount(p.count, `met vervaldatum ${p.dueDate}`, `de eerste met vervaldatum ${p.dueDate}`);

/** Dutch copy of the overdue banner. */
export const copy: PartCopy<'banner'> = {
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
            heading: () => 'Herinneringen gepauzeerd zolang wij uw betwisting bekijken',
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
            heading: () => 'Herinneringen gepauzeerd zolang we je betwisting bekijken',
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
            heading: () => 'Dank u wel, wij bekijken uw betwisting',
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
            heading: () => 'Bedankt, we bekijken je betwisting',
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

    planPending: {
      direct: {
        formal: {
          heading: () => 'Wij hebben uw voorstel voor een betalingsregeling ontvangen',
          body: (p) =>
            `Wij bekijken nu het voorstel om ${uw(p)}, ${vervallenOp(p)}, in termijnen te betalen. In de tussentijd sturen wij geen herinneringen.`,
          nextStep: (p) =>
            p.nextDate
              ? `U krijgt uiterlijk ${p.nextDate} antwoord van ons.`
              : 'U krijgt zo snel mogelijk antwoord van ons.',
          wayOut: () =>
            'U hoeft in de tussentijd niets te doen. Wilt u toch liever nu al betalen, dan kan dat altijd.',
        },
        informal: {
          heading: () => 'We hebben je voorstel voor een betalingsregeling ontvangen',
          body: (p) =>
            `We bekijken nu het voorstel om ${je(p)}, ${vervallenOp(p)}, in termijnen te betalen. In de tussentijd sturen we geen herinneringen.`,
          nextStep: (p) =>
            p.nextDate
              ? `Je krijgt uiterlijk ${p.nextDate} antwoord van ons.`
              : 'Je krijgt zo snel mogelijk antwoord van ons.',
          wayOut: () =>
            'Je hoeft in de tussentijd niets te doen. Wil je toch liever nu al betalen, dan kan dat altijd.',
        },
      },
      indirect: {
        formal: {
          heading: () => 'Dank u wel voor uw voorstel om in termijnen te betalen',
          body: (p) =>
            `Dank u wel dat u heeft voorgesteld om ${uw(p)}, ${vervallenOp(p)}, in termijnen te betalen. Wij bekijken uw voorstel nu en sturen in de tussentijd geen herinneringen.`,
          nextStep: (p) =>
            p.nextDate
              ? `U krijgt uiterlijk ${p.nextDate} antwoord van ons.`
              : 'U krijgt zo snel mogelijk antwoord van ons.',
          wayOut: () =>
            'U hoeft in de tussentijd niets te doen. Komt het u beter uit om toch nu al te betalen, dan kan dat altijd.',
        },
        informal: {
          heading: () => 'Bedankt voor je voorstel om in termijnen te betalen',
          body: (p) =>
            `Bedankt dat je hebt voorgesteld om ${je(p)}, ${vervallenOp(p)}, in termijnen te betalen. We bekijken je voorstel nu en sturen in de tussentijd geen herinneringen.`,
          nextStep: (p) =>
            p.nextDate
              ? `Je krijgt uiterlijk ${p.nextDate} antwoord van ons.`
              : 'Je krijgt zo snel mogelijk antwoord van ons.',
          wayOut: () =>
            'Je hoeft in de tussentijd niets te doen. Komt het je beter uit om toch nu al te betalen, dan kan dat altijd.',
        },
      },
    },
    declined: {
      direct: {
        formal: {
          heading: () => 'Wij konden niet akkoord gaan met uw voorstel voor een betalingsregeling',
          body: (p) =>
            `Dank u wel voor uw voorstel om ${uw(p)}, ${metVervaldatum(p)}, in termijnen te betalen. Het spijt ons, maar wij konden niet akkoord gaan met de regeling zoals u die voorstelde.`,
          messageLead: (p) => `Een bericht van ${p.creditor}:`,
          wayOut: () =>
            'U kunt een andere betalingsregeling voorstellen: een regeling binnen de voorwaarden in het formulier wordt meteen goedgekeurd. U kunt ook een betaaldatum kiezen of nu betalen, of contact met ons opnemen als u het wilt bespreken.',
          contactLead: (p) => `Hier kunt u ${p.creditor} bereiken:`,
        },
        informal: {
          heading: () => 'We konden niet akkoord gaan met je betalingsregeling',
          body: (p) =>
            `Bedankt voor je voorstel om ${je(p)}, ${metVervaldatum(p)}, in termijnen te betalen. Het spijt ons, maar we konden niet akkoord gaan met de regeling zoals je die voorstelde.`,
          messageLead: (p) => `Een bericht van ${p.creditor}:`,
          wayOut: () =>
            'Je kunt een andere betalingsregeling voorstellen: een regeling binnen de voorwaarden in het formulier wordt meteen goedgekeurd. Of kies een betaaldatum, betaal nu, of neem contact met ons op als je het wilt bespreken.',
          contactLead: (p) => `Hier kun je ${p.creditor} bereiken:`,
        },
      },
      indirect: {
        formal: {
          heading: () => 'Over uw voorstel voor een betalingsregeling',
          body: (p) =>
            `Dank u wel voor uw voorstel om ${uw(p)}, ${metVervaldatum(p)}, in termijnen te betalen, en dat u ons heeft laten weten hoe het ervoor staat. Wij hebben het zorgvuldig bekeken en het spijt ons dat wij niet akkoord konden gaan met de regeling zoals voorgesteld.`,
          messageLead: (p) => `Een bericht van ${p.creditor}:`,
          wayOut: () =>
            'Wij zoeken graag samen met u naar een regeling die past. U kunt een andere betalingsregeling voorstellen (een regeling binnen de voorwaarden in het formulier wordt meteen goedgekeurd), een betaaldatum kiezen of nu betalen, en wij horen graag van u als u het wilt bespreken.',
          contactLead: (p) => `Hier kunt u ${p.creditor} bereiken:`,
        },
        informal: {
          heading: () => 'Over je voorstel voor een betalingsregeling',
          body: (p) =>
            `Bedankt voor je voorstel om ${je(p)}, ${metVervaldatum(p)}, in termijnen te betalen, en dat je ons hebt laten weten hoe het ervoor staat. We hebben het zorgvuldig bekeken en het spijt ons dat we niet akkoord konden gaan met de regeling zoals die was.`,
          messageLead: (p) => `Een bericht van ${p.creditor}:`,
          wayOut: () =>
            'We zoeken graag samen met je naar iets dat past. Je kunt een andere betalingsregeling voorstellen (een regeling binnen de voorwaarden in het formulier wordt meteen goedgekeurd), een betaaldatum kiezen of nu betalen. En wil je het bespreken, neem dan gerust contact met ons op.',
          contactLead: (p) => `Hier kun je ${p.creditor} bereiken:`,
        },
      },
    },
  },
};
