import { formatNumber, formatPercent } from './format';
import { type BannerParams, type Messages, plural } from './messages';
import { capitalize, lowerFirst, when } from './text';

// Norsk bokmål. Uformell tiltale er du/deg/din (standard i Norge); formell er De/Dem/Deres
// (signaliserer avstand, for kreditorer som ønsker det). Aldri blandet. Utenfor banneret
// unngår teksten tiltaleformer helt, så den passer med begge.

const n = (value: number): string => formatNumber(value, 'nb');
const byCount = (count: number, one: string, other: string): string => plural('nb', count, { one, other });

/** «fakturaen din fra X på 100 kr» / «dine 2 fakturaer fra X på til sammen 200 kr». */
const din = (p: BannerParams): string =>
  byCount(
    p.count,
    `fakturaen din fra ${p.creditor} på ${p.amount}`,
    `dine ${n(p.count)} fakturaer fra ${p.creditor} på til sammen ${p.amount}`,
  );
/** «Deres faktura fra X på 100 kr» / «Deres 2 fakturaer fra X på til sammen 200 kr». */
const deres = (p: BannerParams): string =>
  byCount(
    p.count,
    `Deres faktura fra ${p.creditor} på ${p.amount}`,
    `Deres ${n(p.count)} fakturaer fra ${p.creditor} på til sammen ${p.amount}`,
  );
/** Before the due date: «forfaller 4. oktober» / «forfaller snart, den første 4. oktober». */
const forfaller = (p: BannerParams): string =>
  byCount(p.count, `forfaller ${p.dueDate}`, `forfaller snart, den første ${p.dueDate}`);
/** After the due date: «forfalt 4. oktober» / «har forfalt, den første 4. oktober». */
const forfalt = (p: BannerParams): string =>
  byCount(p.count, `forfalt ${p.dueDate}`, `har forfalt, den første ${p.dueDate}`);
/** Between commas: «som forfalt 4. oktober» / «den første med forfall 4. oktober». */
const forfallInnskudd = (p: BannerParams): string =>
  byCount(p.count, `som forfalt ${p.dueDate}`, `den første med forfall ${p.dueDate}`);

export const nb: Messages = {
  locale: 'nb',

  common: {
    loading: 'Laster inn …',
    errorFallback: 'Vi fikk ikke hentet fakturaene akkurat nå. Prøv igjen om litt.',
    retry: 'Prøv igjen',
    close: 'Lukk',
    dialogClose: 'Lukk dialogen',
    cancel: 'Avbryt',
    back: 'Tilbake',
    continue: 'Fortsett',
    optional: 'valgfritt',
    invoiceCount: (p) => byCount(p.count, '1 faktura', `${n(p.count)} fakturaer`),
    helpFor: (p) => `Hva betyr «${p.term}»?`,
  },

  actions: {
    view: 'Se fakturaen',
    pay: 'Betal nå',
    plan: 'Foreslå en avdragsordning',
    promise: 'Velg betalingsdato',
    dispute: 'Noe er feil',
    snooze: 'Minn meg på det senere',
    showAmounts: 'Vis beløp',
    hideAmounts: 'Skjul beløp',
    close: 'Lukk',
  },

  banner: {
    label: 'Betalingsvarsel',
    discreetHeading: 'En melding om kundeforholdet',
    snoozed: (p) => `Vi minner om dette igjen ${p.date}.`,

    upcoming: {
      direct: {
        formal: {
          heading: (p) => `Forfaller ${p.dueDate}: ${p.amount}`,
          body: (p) => `Vi minner om at ${deres(p)} ${forfaller(p)}.`,
          nextStep: (p) =>
            p.nextDate
              ? `Har vi ikke mottatt betalingen innen ${p.nextDate}, sender vi Dem en purring${when(p.nextFee, (f) => ` med et gebyr på ${f}`)}.`
              : 'Når betalingen er gjort, trenger De ikke foreta Dem noe mer.',
          wayOut: () =>
            'De kan betale nå, velge en senere betalingsdato eller foreslå en avdragsordning. Hvis noe på fakturaen ser feil ut, ber vi Dem si fra.',
        },
        informal: {
          heading: (p) => `Forfaller ${p.dueDate}: ${p.amount}`,
          body: (p) => `Bare så du vet det: ${capitalize(din(p))} ${forfaller(p)}.`,
          nextStep: (p) =>
            p.nextDate
              ? `Har vi ikke mottatt betalingen innen ${p.nextDate}, sender vi deg en purring${when(p.nextFee, (f) => ` med et gebyr på ${f}`)}.`
              : 'Når du har betalt, trenger du ikke gjøre noe mer.',
          wayOut: () =>
            'Du kan betale nå, velge en annen betalingsdato eller dele beløpet opp i avdrag. Ser noe feil ut, er det bare å si fra.',
        },
      },
      indirect: {
        formal: {
          heading: () => 'En vennlig påminnelse før forfall',
          body: (p) => `I tilfelle det er til hjelp i planleggingen: ${deres(p)} ${forfaller(p)}.`,
          nextStep: (p) =>
            p.nextDate
              ? `Har vi ikke mottatt betalingen innen ${p.nextDate}, sender vi Dem en purring${when(p.nextFee, (f) => `, og da kommer det et gebyr på ${f}`)}.`
              : 'Når betalingen er gjort, trenger De ikke foreta Dem noe mer.',
          wayOut: () =>
            'Passer ikke datoen, er De velkommen til å velge en annen betalingsdato eller foreslå en avdragsordning. Er noe uklart på fakturaen, hører vi gjerne fra Dem.',
        },
        informal: {
          heading: () => 'En vennlig påminnelse før forfall',
          body: (p) => `I tilfelle det hjelper med planleggingen: ${capitalize(din(p))} ${forfaller(p)}.`,
          nextStep: (p) =>
            p.nextDate
              ? `Har vi ikke mottatt betalingen innen ${p.nextDate}, sender vi deg en purring${when(p.nextFee, (f) => `, og da kommer det et gebyr på ${f}`)}.`
              : 'Når du har betalt, er alt i orden.',
          wayOut: () =>
            'Passer ikke datoen, kan du velge en annen dag eller dele opp beløpet i avdrag. Og er noe uklart på fakturaen, hører vi gjerne fra deg.',
        },
      },
    },

    reminder: {
      direct: {
        formal: {
          heading: (p) => `Purring: ${p.amount} er ikke betalt ennå`,
          body: (p) => `${deres(p)} ${forfalt(p)}, og vi har ikke mottatt betalingen ennå.`,
          nextStep: (p) =>
            p.nextDate
              ? `Har vi ikke mottatt betalingen innen ${p.nextDate}, sender vi en ny purring${when(p.nextFee, (f) => ` med et purregebyr på ${f}`)}.`
              : 'Vi gir Dem beskjed før noe annet skjer.',
          wayOut: () =>
            'De kan betale nå, velge en betalingsdato eller foreslå en avdragsordning. Mener De at noe er feil, ber vi Dem si fra, så stanser vi purringene mens vi ser på saken.',
        },
        informal: {
          heading: (p) => `Purring: ${p.amount} er ikke betalt ennå`,
          body: (p) => `${capitalize(din(p))} ${forfalt(p)}, og vi har ikke mottatt betalingen ennå.`,
          nextStep: (p) =>
            p.nextDate
              ? `Har vi ikke mottatt betalingen innen ${p.nextDate}, sender vi en ny purring${when(p.nextFee, (f) => ` med et purregebyr på ${f}`)}.`
              : 'Vi sier fra til deg før noe annet skjer.',
          wayOut: () =>
            'Du kan betale nå, velge en betalingsdato eller dele beløpet opp i avdrag. Er noe feil, si fra, så stanser vi purringene mens vi ser på saken.',
        },
      },
      indirect: {
        formal: {
          heading: () => 'En vennlig påminnelse',
          body: (p) =>
            `Kanskje dette har gått Dem hus forbi: ${deres(p)} ${forfalt(p)}, og vi har ikke sett betalingen ennå. Har De betalt de siste dagene, takker vi for det, og De kan se bort fra denne meldingen.`,
          nextStep: (p) =>
            p.nextDate
              ? `Har betalingen ikke kommet inn innen ${p.nextDate}, sender vi en ny purring${when(p.nextFee, (f) => `, og da kommer det et purregebyr på ${f}`)}.`
              : 'Vi gir Dem beskjed før noe annet skjer.',
          wayOut: () =>
            'Passer det dårlig akkurat nå, er De velkommen til å velge en betalingsdato eller foreslå en avdragsordning. Stemmer ikke noe på fakturaen, ber vi Dem si fra, så stanser vi purringene mens vi ser på det.',
        },
        informal: {
          heading: () => 'En vennlig påminnelse',
          body: (p) =>
            `Kanskje dette har gått deg hus forbi: ${capitalize(din(p))} ${forfalt(p)}, og vi har ikke sett betalingen ennå. Har du betalt de siste dagene, takk for det, og da kan du se bort fra denne meldingen.`,
          nextStep: (p) =>
            p.nextDate
              ? `Har betalingen ikke kommet inn innen ${p.nextDate}, sender vi en ny purring${when(p.nextFee, (f) => `, og da kommer det et purregebyr på ${f}`)}.`
              : 'Vi sier fra til deg før noe annet skjer.',
          wayOut: () =>
            'Passer det dårlig akkurat nå, kan du velge en betalingsdato eller foreslå avdrag. Og stemmer ikke noe på fakturaen, si gjerne fra, så stanser vi purringene mens vi ser på det.',
        },
      },
    },

    firm: {
      direct: {
        formal: {
          heading: (p) => `Ny purring: ${p.amount} er fortsatt ikke betalt`,
          body: (p) =>
            `${deres(p)} ${forfalt(p)}, og vi har fortsatt ikke mottatt betalingen etter den første purringen.`,
          nextStep: (p) =>
            p.nextDate
              ? `Har vi ikke mottatt betalingen innen ${p.nextDate}, sender vi et siste varsel${when(p.nextFee, (f) => ` med et gebyr på ${f}`)}.`
              : 'Vi gir Dem beskjed før noe annet skjer.',
          wayOut: () =>
            'De kan betale nå, eller foreslå en avdragsordning eller en betalingsdato allerede i dag. Er noe feil med fakturaen, ber vi Dem si fra, så stanser vi purringene mens vi ser på saken.',
        },
        informal: {
          heading: (p) => `Ny purring: ${p.amount} er fortsatt ikke betalt`,
          body: (p) =>
            `${capitalize(din(p))} ${forfalt(p)}, og vi har fortsatt ikke mottatt betalingen etter den første purringen.`,
          nextStep: (p) =>
            p.nextDate
              ? `Har vi ikke mottatt betalingen innen ${p.nextDate}, sender vi et siste varsel${when(p.nextFee, (f) => ` med et gebyr på ${f}`)}.`
              : 'Vi sier fra til deg før noe annet skjer.',
          wayOut: () =>
            'Du kan betale nå, eller foreslå en avdragsordning eller en betalingsdato allerede i dag. Er noe feil med fakturaen, si fra, så stanser vi purringene mens vi ser på saken.',
        },
      },
      indirect: {
        formal: {
          heading: () => 'Vi vil gjerne finne en løsning sammen med Dem',
          body: (p) =>
            `Vi skrev til Dem tidligere om ${deres(p)}, ${forfallInnskudd(p)}. Kanskje meldingen ble borte, eller kanskje tidspunktet er vanskelig akkurat nå. Uansett ønsker vi å finne en løsning sammen med Dem.`,
          nextStep: (p) =>
            p.nextDate
              ? `Har vi ikke hørt fra Dem eller mottatt betalingen innen ${p.nextDate}, sender vi et siste varsel${when(p.nextFee, (f) => `, og da kommer det et gebyr på ${f}`)}.`
              : 'Vi gir Dem beskjed før noe annet skjer.',
          wayOut: () =>
            'De kan betale nå, velge en betalingsdato eller foreslå en avdragsordning som passer Deres økonomi. Stemmer ikke noe på fakturaen, ber vi Dem si fra.',
        },
        informal: {
          heading: () => 'La oss finne en løsning sammen',
          body: (p) =>
            `Vi skrev til deg tidligere om ${din(p)}, ${forfallInnskudd(p)}. Kanskje meldingen ble borte, eller kanskje tidspunktet er vanskelig akkurat nå. Uansett vil vi gjerne finne en løsning sammen med deg.`,
          nextStep: (p) =>
            p.nextDate
              ? `Har vi ikke hørt fra deg eller mottatt betalingen innen ${p.nextDate}, sender vi et siste varsel${when(p.nextFee, (f) => `, og da kommer det et gebyr på ${f}`)}.`
              : 'Vi sier fra til deg før noe annet skjer.',
          wayOut: () =>
            'Du kan betale nå, velge en betalingsdato eller foreslå avdrag som passer økonomien din. Stemmer ikke noe på fakturaen, si gjerne fra.',
        },
      },
    },

    // Inkassoloven § 9: the notice is titled "Inkassovarsel", gives at least 14 days and says
    // that collection follows. The server sets the deadline; the copy states it and the cost.
    final: {
      direct: {
        formal: {
          heading: () => 'Inkassovarsel',
          body: (p) =>
            `${deres(p)} ${forfalt(p)}, og vi har ikke mottatt betaling etter purringene våre. Dette er et inkassovarsel: Betaler De ikke innen fristen, blir kravet sendt til inkasso.`,
          nextStep: (p) =>
            p.nextDate
              ? `Betalingsfristen er ${p.nextDate}. Er beløpet ikke betalt innen da, blir kravet sendt til inkasso${when(p.nextFee, (f) => `, og det kommer inkassokostnader på ${f} i tillegg`)}.`
              : `Er beløpet ikke betalt innen fristen, blir kravet sendt til inkasso${when(p.nextFee, (f) => `, og det kommer inkassokostnader på ${f} i tillegg`)}.`,
          wayOut: () =>
            'De kan fortsatt ordne dette her ved å betale nå eller foreslå en avdragsordning eller en betalingsdato. Mener De at kravet er feil, ber vi Dem si fra, så sendes det ikke videre mens vi ser på saken.',
        },
        informal: {
          heading: () => 'Inkassovarsel',
          body: (p) =>
            `${capitalize(din(p))} ${forfalt(p)}, og vi har ikke mottatt betaling etter purringene våre. Dette er et inkassovarsel: Betaler du ikke innen fristen, blir kravet sendt til inkasso.`,
          nextStep: (p) =>
            p.nextDate
              ? `Betalingsfristen er ${p.nextDate}. Er beløpet ikke betalt innen da, blir kravet sendt til inkasso${when(p.nextFee, (f) => `, og det kommer inkassokostnader på ${f} i tillegg`)}.`
              : `Er beløpet ikke betalt innen fristen, blir kravet sendt til inkasso${when(p.nextFee, (f) => `, og det kommer inkassokostnader på ${f} i tillegg`)}.`,
          wayOut: () =>
            'Du kan fortsatt ordne dette her ved å betale nå eller foreslå en avdragsordning eller en betalingsdato. Mener du at kravet er feil, si fra, så sendes det ikke videre mens vi ser på saken.',
        },
      },
      indirect: {
        formal: {
          heading: () => 'Inkassovarsel – vi vil helst finne en løsning med Dem',
          body: (p) =>
            `Vi har skrevet til Dem om ${deres(p)}, ${forfallInnskudd(p)}, men har ikke hørt fra Dem ennå. Vi vil mye heller finne en løsning sammen med Dem, og derfor skriver vi en gang til før kravet sendes til inkasso.`,
          nextStep: (p) =>
            p.nextDate
              ? `Betalingsfristen er ${p.nextDate}. Er beløpet ikke betalt innen da, blir kravet sendt til inkasso${when(p.nextFee, (f) => `, og det kommer inkassokostnader på ${f} i tillegg`)}.`
              : `Er beløpet ikke betalt innen fristen, blir kravet sendt til inkasso${when(p.nextFee, (f) => `, og det kommer inkassokostnader på ${f} i tillegg`)}.`,
          wayOut: () =>
            'En avdragsordning eller en senere betalingsdato kan fortsatt avtales her, eller De kan betale nå. Er det en grunn til at fakturaen ikke er betalt, vil vi gjerne høre fra Dem.',
        },
        informal: {
          heading: () => 'Inkassovarsel – vi vil helst finne en løsning med deg',
          body: (p) =>
            `Vi har skrevet til deg om ${din(p)}, ${forfallInnskudd(p)}, men har ikke hørt fra deg ennå. Vi vil mye heller finne en løsning sammen med deg, og derfor skriver vi en gang til før kravet sendes til inkasso.`,
          nextStep: (p) =>
            p.nextDate
              ? `Betalingsfristen er ${p.nextDate}. Er beløpet ikke betalt innen da, blir kravet sendt til inkasso${when(p.nextFee, (f) => `, og det kommer inkassokostnader på ${f} i tillegg`)}.`
              : `Er beløpet ikke betalt innen fristen, blir kravet sendt til inkasso${when(p.nextFee, (f) => `, og det kommer inkassokostnader på ${f} i tillegg`)}.`,
          wayOut: () =>
            'En avdragsordning eller en senere betalingsdato kan fortsatt avtales her, eller du kan betale nå. Er det en grunn til at fakturaen ikke er betalt, vil vi gjerne høre den.',
        },
      },
    },

    collection: {
      direct: {
        formal: {
          heading: (p) => (p.nextDate ? 'Kravet sendes til inkasso' : 'Kravet er sendt til inkasso'),
          body: (p) =>
            `${deres(p)}, ${forfallInnskudd(p)}, ble ikke betalt etter inkassovarselet, og kravet ${p.nextDate ? 'blir' : 'er'} derfor sendt til ${p.agency ?? 'et inkassoselskap'}.`,
          nextStep: (p) =>
            p.nextDate
              ? `Kravet overføres ${p.nextDate}${when(p.nextFee, (f) => `. Fra da av kommer det inkassokostnader på ${f} i tillegg`)}.`
              : `Kravet ligger nå hos ${p.agency ?? 'inkassoselskapet'}${when(p.nextFee, (f) => `, og det er lagt til inkassokostnader på ${f}`)}.`,
          wayOut: () =>
            'De kan fortsatt betale eller foreslå en avdragsordning her, så gir vi beskjed videre. Mener De at kravet er feil, ber vi Dem si fra.',
        },
        informal: {
          heading: (p) => (p.nextDate ? 'Kravet sendes til inkasso' : 'Kravet er sendt til inkasso'),
          body: (p) =>
            `${capitalize(din(p))}, ${forfallInnskudd(p)}, ble ikke betalt etter inkassovarselet, og kravet ${p.nextDate ? 'blir' : 'er'} derfor sendt til ${p.agency ?? 'et inkassoselskap'}.`,
          nextStep: (p) =>
            p.nextDate
              ? `Kravet overføres ${p.nextDate}${when(p.nextFee, (f) => `. Fra da av kommer det inkassokostnader på ${f} i tillegg`)}.`
              : `Kravet ligger nå hos ${p.agency ?? 'inkassoselskapet'}${when(p.nextFee, (f) => `, og det er lagt til inkassokostnader på ${f}`)}.`,
          wayOut: () =>
            'Du kan fortsatt betale eller foreslå en avdragsordning her, så gir vi beskjed videre. Mener du at kravet er feil, si fra.',
        },
      },
      indirect: {
        formal: {
          heading: () => 'De kan fortsatt ordne dette med oss',
          body: (p) =>
            `Vi har ikke kommet til enighet om ${deres(p)}, ${forfallInnskudd(p)}, og kravet ${p.nextDate ? 'blir' : 'er'} derfor sendt til ${p.agency ?? 'et inkassoselskap'}. Vi vil fortsatt gjerne løse saken direkte med Dem.`,
          nextStep: (p) =>
            p.nextDate
              ? `Kravet overføres ${p.nextDate}${when(p.nextFee, (f) => `. Fra da av kommer det inkassokostnader på ${f} i tillegg`)}.`
              : `Kravet ligger nå hos ${p.agency ?? 'inkassoselskapet'}${when(p.nextFee, (f) => `, og det er lagt til inkassokostnader på ${f}`)}.`,
          wayOut: () =>
            'De er velkommen til å betale eller foreslå en avdragsordning her, så gir vi beskjed videre. Er noe ved kravet ikke riktig, ber vi Dem si fra.',
        },
        informal: {
          heading: () => 'Du kan fortsatt ordne dette med oss',
          body: (p) =>
            `Vi har ikke klart å bli enige om ${din(p)}, ${forfallInnskudd(p)}, og kravet ${p.nextDate ? 'blir' : 'er'} derfor sendt til ${p.agency ?? 'et inkassoselskap'}. Vi vil fortsatt gjerne løse saken direkte med deg.`,
          nextStep: (p) =>
            p.nextDate
              ? `Kravet overføres ${p.nextDate}${when(p.nextFee, (f) => `. Fra da av kommer det inkassokostnader på ${f} i tillegg`)}.`
              : `Kravet ligger nå hos ${p.agency ?? 'inkassoselskapet'}${when(p.nextFee, (f) => `, og det er lagt til inkassokostnader på ${f}`)}.`,
          wayOut: () =>
            'Du kan betale eller foreslå en avdragsordning her, så gir vi beskjed videre. Er noe ved kravet ikke riktig, si fra.',
        },
      },
    },

    paused: {
      dispute: {
        direct: {
          formal: {
            heading: () => 'Purringene er stanset mens vi ser på saken',
            body: (p) =>
              `De har sagt fra om at noe er feil med ${deres(p)}, ${forfallInnskudd(p)}. Vi har stanset purringene for den delen De er uenig i, mens vi ser på saken.`,
            nextStep: (p) =>
              p.nextDate
                ? `De får svar fra oss innen ${p.nextDate}.`
                : 'De får svar fra oss så snart vi kan.',
            wayOut: () =>
              'Den delen De ikke er uenig i, kan De betale når som helst. Ønsker De å legge til noe, er De velkommen til å ta kontakt.',
          },
          informal: {
            heading: () => 'Purringene er stanset mens vi ser på saken',
            body: (p) =>
              `Du har sagt fra om at noe er feil med ${din(p)}, ${forfallInnskudd(p)}. Vi har stanset purringene for den delen du er uenig i, mens vi ser på saken.`,
            nextStep: (p) =>
              p.nextDate
                ? `Du får svar fra oss innen ${p.nextDate}.`
                : 'Du får svar fra oss så snart vi kan.',
            wayOut: () =>
              'Den delen du ikke er uenig i, kan du betale når som helst. Vil du legge til noe, er det bare å ta kontakt.',
          },
        },
        indirect: {
          formal: {
            heading: () => 'Takk for at De sa fra',
            body: (p) =>
              `Takk for at De fortalte oss om problemet med ${deres(p)}, ${forfallInnskudd(p)}. Vi har stanset purringene for den delen De er uenig i, mens vi ser på saken.`,
            nextStep: (p) =>
              p.nextDate
                ? `De får svar fra oss innen ${p.nextDate}.`
                : 'De får svar fra oss så snart vi kan.',
            wayOut: () =>
              'Den delen De ikke er uenig i, kan De betale når det passer Dem. Ønsker De å legge til noe, er De velkommen til å ta kontakt.',
          },
          informal: {
            heading: () => 'Takk for at du sa fra',
            body: (p) =>
              `Takk for at du fortalte oss om problemet med ${din(p)}, ${forfallInnskudd(p)}. Vi har stanset purringene for den delen du er uenig i, mens vi ser på saken.`,
            nextStep: (p) =>
              p.nextDate
                ? `Du får svar fra oss innen ${p.nextDate}.`
                : 'Du får svar fra oss så snart vi kan.',
            wayOut: () =>
              'Den delen du ikke er uenig i, kan du betale når det passer deg. Vil du legge til noe, er det bare å ta kontakt.',
          },
        },
      },
      plan: {
        direct: {
          formal: {
            heading: () => 'Avdragsordningen er i gang',
            body: (p) =>
              `${deres(p)}, ${forfallInnskudd(p)}, betales nå i avdrag. Vi sender ingen purringer så lenge avtalen følges.`,
            nextStep: (p) =>
              p.nextDate
                ? `Neste avdrag${when(p.nextAmount, (a) => ` på ${a}`)} forfaller ${p.nextDate}.`
                : 'De finner alle avdragene i planen.',
            wayOut: () =>
              'De kan betale mer eller gjøre opp resten når som helst. Blir en avdragsdato vanskelig, ber vi Dem si fra før den forfaller.',
          },
          informal: {
            heading: () => 'Avdragsordningen din er i gang',
            body: (p) =>
              `${capitalize(din(p))}, ${forfallInnskudd(p)}, betales nå i avdrag. Vi sender ingen purringer så lenge avtalen følges.`,
            nextStep: (p) =>
              p.nextDate
                ? `Neste avdrag${when(p.nextAmount, (a) => ` på ${a}`)} forfaller ${p.nextDate}.`
                : 'Du finner alle avdragene i planen din.',
            wayOut: () =>
              'Du kan betale mer eller gjøre opp resten når som helst. Blir en avdragsdato vanskelig, si fra før den forfaller.',
          },
        },
        indirect: {
          formal: {
            heading: () => 'Takk for at De satte opp en avdragsordning',
            body: (p) =>
              `${deres(p)}, ${forfallInnskudd(p)}, betales i avdrag, slik vi har avtalt. Vi sender ingen purringer så lenge avtalen følges.`,
            nextStep: (p) =>
              p.nextDate
                ? `Neste avdrag${when(p.nextAmount, (a) => ` på ${a}`)} forfaller ${p.nextDate}.`
                : 'De finner alle avdragene i planen.',
            wayOut: () =>
              'De er velkommen til å betale mer eller gjøre opp resten når som helst. Skulle en avdragsdato bli vanskelig, ber vi Dem si fra før den forfaller.',
          },
          informal: {
            heading: () => 'Takk for at du satte opp en avdragsordning',
            body: (p) =>
              `${capitalize(din(p))}, ${forfallInnskudd(p)}, betales i avdrag, slik vi har avtalt. Vi sender ingen purringer så lenge avtalen følges.`,
            nextStep: (p) =>
              p.nextDate
                ? `Neste avdrag${when(p.nextAmount, (a) => ` på ${a}`)} forfaller ${p.nextDate}.`
                : 'Du finner alle avdragene i planen din.',
            wayOut: () =>
              'Du kan betale mer eller gjøre opp resten når som helst. Blir en avdragsdato vanskelig, si gjerne fra før den forfaller.',
          },
        },
      },
      promise: {
        direct: {
          formal: {
            heading: () => 'Betalingsdatoen er notert',
            body: (p) => `De har valgt en betalingsdato for ${deres(p)}, ${forfallInnskudd(p)}.`,
            nextStep: (p) =>
              p.nextDate
                ? `Vi sender ingen purringer før ${p.nextDate}. Har betalingen ikke kommet inn da, fortsetter purringene${when(p.nextFee, (f) => ` med et gebyr på ${f}`)}.`
                : 'Vi sender ingen purringer før datoen De valgte.',
            wayOut: () =>
              'De kan betale nå hvis det passer bedre, eller foreslå en avdragsordning hvis datoen ikke lenger passer.',
          },
          informal: {
            heading: () => 'Betalingsdatoen er notert',
            body: (p) => `Du har valgt en betalingsdato for ${din(p)}, ${forfallInnskudd(p)}.`,
            nextStep: (p) =>
              p.nextDate
                ? `Vi sender ingen purringer før ${p.nextDate}. Har betalingen ikke kommet inn da, fortsetter purringene${when(p.nextFee, (f) => ` med et gebyr på ${f}`)}.`
                : 'Vi sender ingen purringer før datoen du valgte.',
            wayOut: () =>
              'Du kan betale nå hvis det passer bedre, eller foreslå avdrag hvis datoen ikke lenger passer.',
          },
        },
        indirect: {
          formal: {
            heading: () => 'Takk, vi har notert betalingsdatoen',
            body: (p) => `Takk for at De valgte en betalingsdato for ${deres(p)}, ${forfallInnskudd(p)}.`,
            nextStep: (p) =>
              p.nextDate
                ? `Vi sender ingen purringer før ${p.nextDate}. Har betalingen ikke kommet inn da, fortsetter purringene${when(p.nextFee, (f) => ` med et gebyr på ${f}`)}.`
                : 'Vi sender ingen purringer før datoen De valgte.',
            wayOut: () =>
              'Passer det bedre, er De velkommen til å betale nå, eller til å foreslå en avdragsordning hvis datoen ikke lenger passer.',
          },
          informal: {
            heading: () => 'Takk, vi har notert betalingsdatoen',
            body: (p) => `Takk for at du valgte en betalingsdato for ${din(p)}, ${forfallInnskudd(p)}.`,
            nextStep: (p) =>
              p.nextDate
                ? `Vi sender ingen purringer før ${p.nextDate}. Har betalingen ikke kommet inn da, fortsetter purringene${when(p.nextFee, (f) => ` med et gebyr på ${f}`)}.`
                : 'Vi sender ingen purringer før datoen du valgte.',
            wayOut: () =>
              'Passer det bedre, kan du betale nå, eller foreslå avdrag hvis datoen ikke lenger passer.',
          },
        },
      },
      creditor: {
        direct: {
          formal: {
            heading: () => 'Purringene er satt på pause',
            body: (p) => `Vi har satt purringene på pause for ${deres(p)}, ${forfallInnskudd(p)}.`,
            nextStep: (p) =>
              p.nextDate
                ? `Ingenting mer skjer før ${p.nextDate}.`
                : 'Vi gir Dem beskjed før noe endrer seg.',
            wayOut: () =>
              'De kan likevel betale, velge en betalingsdato eller foreslå en avdragsordning når det passer Dem.',
          },
          informal: {
            heading: () => 'Purringene er satt på pause',
            body: (p) => `Vi har satt purringene på pause for ${din(p)}, ${forfallInnskudd(p)}.`,
            nextStep: (p) =>
              p.nextDate
                ? `Ingenting mer skjer før ${p.nextDate}.`
                : 'Vi sier fra til deg før noe endrer seg.',
            wayOut: () =>
              'Du kan likevel betale, velge en betalingsdato eller foreslå avdrag når det passer deg.',
          },
        },
        indirect: {
          formal: {
            heading: () => 'Purringene er satt på pause inntil videre',
            body: (p) => `Vi har satt purringene på pause for ${deres(p)}, ${forfallInnskudd(p)}.`,
            nextStep: (p) =>
              p.nextDate
                ? `Ingenting mer skjer før ${p.nextDate}.`
                : 'Vi gir Dem beskjed før noe endrer seg.',
            wayOut: () =>
              'Når det passer Dem, er De velkommen til å betale, velge en betalingsdato eller foreslå en avdragsordning.',
          },
          informal: {
            heading: () => 'Purringene er satt på pause inntil videre',
            body: (p) => `Vi har satt purringene på pause for ${din(p)}, ${forfallInnskudd(p)}.`,
            nextStep: (p) =>
              p.nextDate
                ? `Ingenting mer skjer før ${p.nextDate}.`
                : 'Vi sier fra til deg før noe endrer seg.',
            wayOut: () => 'Når det passer deg, kan du betale, velge en betalingsdato eller foreslå avdrag.',
          },
        },
      },
    },
  },

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
        `Purregebyr på ${p.amount}. Tysk lov tillater bare de faktiske kostnadene ved en purring, og ikke for den første.`,
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
        `Gebyr på ${p.amount} for å sette opp en avdragsplan, med et tak fastsatt i svensk lov.`,
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
          'At et inkassoselskap overtar et ubetalt krav. Kostnadene kommer i tillegg til beløpet, så det lønner seg å betale eller avtale en plan før det skjer.',
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

  payNow: {
    heading: 'Betal nå',
    amountToPay: 'Beløp å betale',
    fullAmount: (p) => `Hele beløpet (${p.amount})`,
    partAmount: 'Et annet beløp',
    partAmountHint: (p) => `Mellom ${p.min} og ${p.max}.`,
    method: 'Velg betalingsmåte',
    card: 'Kort eller digital lommebok',
    bankTransfer: 'Bankoverføring',
    payButton: (p) => `Betal ${p.amount}`,
    loadingCardForm: 'Laster inn kortskjemaet …',
    processing: 'Behandler betalingen …',
    accountHolder: 'Mottaker',
    accountNumber: 'Kontonummer',
    iban: 'IBAN',
    bic: 'BIC',
    amount: 'Beløp',
    reference: 'Betalingsreferanse',
    referenceSchemes: { kid: 'KID', rf: 'RF-referanse', nl: 'Betalingsreferanse (betalingskenmerk)' },
    referenceHint: 'Bruk referansen nøyaktig slik den står, så blir betalingen koblet til riktig faktura.',
    copy: (p) => `Kopier ${lowerFirst(p.label)}`,
    copied: 'Kopiert',
    qrHeading: 'Skann for å betale',
    qrHint: 'Skann koden med en bankapp for å fylle ut overføringen.',
    qrAlt: 'QR-kode med betalingsopplysningene',
    bankTransferNote: 'En bankoverføring bruker vanligvis én til to virkedager på å komme fram.',
    successHeading: 'Takk, betalingen er mottatt',
    successBody: (p) => `${p.amount} ble betalt ${p.date}.`,
    receipt: (p) => `Kvitteringsnummer ${p.reference}`,
    declinedHeading: 'Betalingen gikk ikke gjennom',
    declinedBody: 'Ingen penger er trukket. Prøv igjen, bruk et annet kort eller betal med bankoverføring.',
    tryAgain: 'Prøv igjen',
    useBankTransfer: 'Betal med bankoverføring i stedet',
    cardUnavailable:
      'Kortbetaling kan ikke lastes inn akkurat nå. Betalingen kan gjøres med bankoverføring, med opplysningene nedenfor.',
    bankTransferOnly: 'Betaling skjer med bankoverføring, med opplysningene nedenfor.',
    nothingToPay: 'Det er ingenting å betale akkurat nå.',
    processingHeading: 'Betalingen behandles',
    processingBody: 'Banken bekrefter fortsatt betalingen. Det kan ta litt tid, og ingenting mer trengs nå.',
    copyFailed: 'Kopieringen virket ikke. Merk teksten for å kopiere den.',
    invoiceHeading: (p) => `Faktura ${p.number}`,
    startFailed: 'Betalingen kunne ikke startes akkurat nå. Prøv igjen om litt.',
  },

  plan: {
    heading: 'Foreslå en avdragsordning',
    intro:
      'Del beløpet opp i avdrag som passer økonomien. En plan innenfor vilkårene nedenfor blir avtalt med en gang.',
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
    amountHint: (p) => `Minst ${p.min}. Planen viser hvor mange avdrag det blir.`,
    firstDateHint: (p) => `En dag fra ${p.earliest} til ${p.latest}.`,
    frequency: 'Hvor ofte',
    monthly: 'Hver måned',
    biweekly: 'Annenhver uke',
    scheduleWaiting: 'Velg hvordan beløpet skal deles opp og første betalingsdato, så vises planen.',
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
        'Et forsinket avdrag kan fortsatt betales dagen etter før avtalen faller bort.',
        `Et forsinket avdrag kan fortsatt betales innen ${n(p.count)} dager før avtalen faller bort.`,
      ),
    policyReview: (p) =>
      byCount(
        p.count,
        `Det går an å foreslå en plan utenfor disse vilkårene: ${p.creditor} svarer innen 1 dag.`,
        `Det går an å foreslå en plan utenfor disse vilkårene: ${p.creditor} svarer innen ${n(p.count)} dager.`,
      ),
    moreViolations: {
      frequency: 'Avdragene forfaller én gang i måneden.',
      afterLapse: 'En tidligere avdragsordning for denne fakturaen ble ikke fulgt.',
      currency: 'Avdragene må være i samme valuta som fakturaen.',
      countTooHigh: (p) => `Det ville blitt mer enn ${n(p.count)} avdrag. Skriv inn et høyere beløp.`,
    },
    howToPayHeading: 'Betalingsinformasjon',
    howToPayPlan: 'Betal hvert avdrag med bankoverføring innen forfallsdatoen, med disse opplysningene:',
    howToPayPromise: 'Betal med bankoverføring innen datoen, med disse opplysningene:',
    alreadyPlanned: 'Det finnes allerede en avdragsordning for denne fakturaen.',
    alreadyPromised: 'Det er allerede gitt en betalingsdato for denne fakturaen.',
    nothingToPay: 'Det er ikke noe igjen å betale på denne fakturaen.',
    loadFailed: 'Valgene for å dele opp betalingen kunne ikke hentes akkurat nå.',
    sendFailed: 'Forslaget kunne ikke sendes akkurat nå. Prøv igjen.',
    promiseHeading: 'Velg en betalingsdato',
    promiseIntro: (p) => `Velg dagen ${p.amount} blir betalt. Det sendes ingen purringer før da.`,
    promiseInPast: 'Betalingsdatoen må være i dag eller senere.',
  },

  dispute: {
    heading: 'Si fra om noe er feil',
    intro:
      'Purringene stanses for den delen det gjelder, mens saken blir sett på. Resten av fakturaen skal fortsatt betales.',
    reasonLabel: 'Hva er problemet?',
    reasons: {
      not_received: 'Varen eller tjenesten er ikke mottatt',
      wrong_amount: 'Beløpet er feil',
      quality: 'Noe var feil eller ikke som avtalt',
      already_paid: 'Fakturaen er allerede betalt',
      not_ordered: 'Dette er ikke bestilt',
      other: 'Noe annet',
    },
    scopeLabel: 'Hvilken del gjelder det?',
    scopeWhole: 'Hele fakturaen',
    scopeLines: 'Noen linjer',
    scopeAmount: 'Et beløp',
    linesLabel: 'Linjer det gjelder',
    amountLabel: 'Beløp det gjelder',
    amountHint: (p) => `Opptil ${p.max}.`,
    messageLabel: 'Hva har skjedd?',
    messageHint: 'Noen få setninger holder. Datoer, ordrenumre eller navn er til hjelp.',
    characterCount: (p) => `${n(p.count)} av ${n(p.max)} tegn`,
    attachments: 'Vedlegg',
    attachmentsHint: (p) => `PDF, PNG eller JPEG, opptil ${n(p.maxFiles)} filer på høyst ${p.maxSize} hver.`,
    addFiles: 'Legg til filer',
    dropFiles: 'Eller slipp filer her',
    removeFile: (p) => `Fjern ${p.name}`,
    uploading: (p) => `Laster opp ${p.name}: ${formatPercent(p.percent, 'nb')}`,
    fileErrors: {
      wrongType: (p) => `${p.name} kan ikke legges ved. Bruk en PDF-, PNG- eller JPEG-fil.`,
      tooLarge: (p) => `${p.name} er større enn ${p.maxSize}. Legg ved en mindre fil.`,
      tooMany: (p) =>
        byCount(p.max, 'Det kan bare legges ved 1 fil.', `Det kan legges ved opptil ${n(p.max)} filer.`),
    },
    submit: 'Send',
    sending: 'Sender …',
    confirmationHeading: 'Takk, meldingen er mottatt',
    reference: (p) => `Referanse: ${p.reference}`,
    whatHappensNow: 'Hva skjer nå',
    whatHappensNowBody:
      'Kreditor ser på saken og svarer. Purringene for den delen det gjelder, er stanset så lenge.',
    respondBy: (p) => `Svar kommer innen ${p.date}.`,
    remainsPayable: (p) => `${p.amount} er ikke omtvistet og kan fortsatt betales.`,
    nothingRemainsPayable: 'Det er ikke noe annet å betale på denne fakturaen nå.',
    loadFailed: 'Vi fikk ikke hentet fakturaen akkurat nå. Prøv igjen om litt.',
    sendFailed: 'Meldingen ble ikke sendt. Det som er skrevet, er tatt vare på, så prøv gjerne igjen.',
    alreadyDisputed:
      'Denne delen av fakturaen blir allerede sett på. Svar kommer innen datoen som ble oppgitt.',
  },

  validation: {
    summary: (p) => `Kontroller ${n(p.count)} felt`,
    required: 'Fyll ut dette feltet.',
    amountInvalid: 'Skriv inn et beløp, for eksempel 150 eller 150,50.',
    amountTooLow: (p) => `Beløpet må være minst ${p.min}.`,
    amountTooHigh: (p) => `Beløpet kan være høyst ${p.max}.`,
    dateInvalid: 'Velg en dato.',
    dateInPast: 'Velg dagens dato eller en senere dato.',
    chooseReason: 'Velg hva problemet er.',
    chooseLines: 'Velg minst én linje.',
    messageTooLong: (p) => `Meldingen kan ha høyst ${n(p.max)} tegn.`,
  },
};
