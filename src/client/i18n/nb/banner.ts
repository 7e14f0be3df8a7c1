import type { BannerParams } from '../messages';
import type { PartCopy } from '../parts';
import { capitalize, when } from '../text';
import { byCount, n } from './common';

// Norsk bokmål. Uformell tiltale er du/deg/din (standard i Norge); formell er De/Dem/Deres
// (signaliserer avstand, for kreditorer som ønsker det). Aldri blandet. Utenfor banneret
// unngår teksten tiltaleformer helt, så den passer med begge.

/** « (inkludert 2,37 kr i renter og gebyrer)» when the amount includes charges, else nothing. */
const inkludert = (p: BannerParams): string =>
  when(p.charges, (charges) => ` (inkludert ${charges} i renter og gebyrer)`);
/** «fakturaen din fra X på 100 kr» / «dine 2 fakturaer fra X på til sammen 200 kr», with any charges named. */
const din = (p: BannerParams): string =>
  byCount(
    p.count,
    `fakturaen din fra ${p.creditor} på ${p.amount}${inkludert(p)}`,
    `dine ${n(p.count)} fakturaer fra ${p.creditor} på til sammen ${p.amount}${inkludert(p)}`,
  );
/** «Deres faktura fra X på 100 kr» / «Deres 2 fakturaer fra X på til sammen 200 kr», with any charges named. */
const deres = (p: BannerParams): string =>
  byCount(
    p.count,
    `Deres faktura fra ${p.creditor} på ${p.amount}${inkludert(p)}`,
    `Deres ${n(p.count)} fakturaer fra ${p.creditor} på til sammen ${p.amount}${inkludert(p)}`,
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

/** Between commas, before or after the due date: «med forfall 4. oktober» / «den første med forfall 4. oktober». */
const medForfall = (p: BannerParams): string =>
  byCount(p.count, `med forfall ${p.dueDate}`, `den første med forfall ${p.dueDate}`);

/** Norwegian Bokmål copy of the overdue banner. */
export const copy: PartCopy<'banner'> = {
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

    planPending: {
      direct: {
        formal: {
          heading: () => 'Vi har mottatt forslaget Deres til avdragsordning',
          body: (p) =>
            `Vi ser nå på forslaget om å betale ${deres(p)}, ${forfallInnskudd(p)}, i avdrag. Så lenge vi vurderer det, sender vi ingen purringer.`,
          nextStep: (p) =>
            p.nextDate ? `De får svar fra oss innen ${p.nextDate}.` : 'De får svar fra oss så snart vi kan.',
          wayOut: () =>
            'De trenger ikke foreta Dem noe i mellomtiden. Vil De heller betale nå, kan De fortsatt gjøre det når som helst.',
        },
        informal: {
          heading: () => 'Vi har fått forslaget ditt til avdragsordning',
          body: (p) =>
            `Vi ser nå på forslaget om å betale ${din(p)}, ${forfallInnskudd(p)}, i avdrag. Så lenge vi vurderer det, sender vi ingen purringer.`,
          nextStep: (p) =>
            p.nextDate ? `Du får svar fra oss innen ${p.nextDate}.` : 'Du får svar fra oss så snart vi kan.',
          wayOut: () =>
            'Du trenger ikke gjøre noe i mellomtiden. Vil du heller betale nå, kan du fortsatt gjøre det når som helst.',
        },
      },
      indirect: {
        formal: {
          heading: () => 'Takk for forslaget Deres til avdragsordning',
          body: (p) =>
            `Takk for at De foreslo å betale ${deres(p)}, ${forfallInnskudd(p)}, i avdrag. Vi ser på forslaget nå og sender ingen purringer i mellomtiden.`,
          nextStep: (p) =>
            p.nextDate ? `De får svar fra oss innen ${p.nextDate}.` : 'De får svar fra oss så snart vi kan.',
          wayOut: () =>
            'De trenger ikke foreta Dem noe i mellomtiden. Skulle De heller ønske å betale nå, er De velkommen til det når som helst.',
        },
        informal: {
          heading: () => 'Takk for forslaget ditt til avdragsordning',
          body: (p) =>
            `Takk for at du foreslo å betale ${din(p)}, ${forfallInnskudd(p)}, i avdrag. Vi ser på forslaget nå og sender ingen purringer i mellomtiden.`,
          nextStep: (p) =>
            p.nextDate ? `Du får svar fra oss innen ${p.nextDate}.` : 'Du får svar fra oss så snart vi kan.',
          wayOut: () =>
            'Du trenger ikke gjøre noe i mellomtiden. Vil du heller betale nå, er det bare å gjøre det når det passer deg.',
        },
      },
    },
    declined: {
      direct: {
        formal: {
          heading: () => 'Vi kunne ikke godta forslaget Deres til avdragsordning',
          body: (p) =>
            `Takk for at De foreslo å betale ${deres(p)}, ${medForfall(p)}, i avdrag. Vi beklager, men vi kunne ikke godta avdragsordningen slik De foreslo den.`,
          messageLead: (p) => `En melding fra ${p.creditor}:`,
          wayOut: () =>
            'De er velkommen til å foreslå en annen avdragsordning: en ordning innenfor vilkårene som vises i skjemaet, blir godtatt med en gang. De kan også velge en betalingsdato eller betale nå, eller ta kontakt med oss hvis De vil snakke om saken.',
          contactLead: (p) => `Her kan De nå ${p.creditor}:`,
        },
        informal: {
          heading: () => 'Vi kunne ikke godta forslaget ditt til avdragsordning',
          body: (p) =>
            `Takk for at du foreslo å betale ${din(p)}, ${medForfall(p)}, i avdrag. Vi beklager, men vi kunne ikke godta avdragsordningen slik du foreslo den.`,
          messageLead: (p) => `En melding fra ${p.creditor}:`,
          wayOut: () =>
            'Du er velkommen til å foreslå en annen avdragsordning: en ordning innenfor vilkårene som vises i skjemaet, blir godtatt med en gang. Du kan også velge en betalingsdato eller betale nå, eller ta kontakt med oss hvis du vil snakke om det.',
          contactLead: (p) => `Her kan du nå ${p.creditor}:`,
        },
      },
      indirect: {
        formal: {
          heading: () => 'Om forslaget Deres til avdragsordning',
          body: (p) =>
            `Takk for at De foreslo å betale ${deres(p)}, ${medForfall(p)}, i avdrag, og for at De sa fra om situasjonen. Vi har sett nøye på forslaget, og vi beklager at vi ikke kunne godta det slik det var.`,
          messageLead: (p) => `En hilsen fra ${p.creditor}:`,
          wayOut: () =>
            'Vi vil gjerne finne en ordning som passer for Dem. De er velkommen til å foreslå en annen avdragsordning (en ordning innenfor vilkårene som vises i skjemaet, blir godtatt med en gang), velge en betalingsdato eller betale nå, og vi hører gjerne fra Dem hvis De vil snakke om saken.',
          contactLead: (p) => `Her kan De nå ${p.creditor}:`,
        },
        informal: {
          heading: () => 'Om forslaget ditt til avdragsordning',
          body: (p) =>
            `Takk for at du foreslo å betale ${din(p)}, ${medForfall(p)}, i avdrag, og for at du var åpen med oss. Vi har sett nøye på forslaget, og vi beklager at vi ikke kunne godta det slik det var.`,
          messageLead: (p) => `En hilsen fra ${p.creditor}:`,
          wayOut: () =>
            'Vi vil gjerne finne en løsning som passer for deg. Du kan foreslå en annen avdragsordning (en ordning innenfor vilkårene som vises i skjemaet, blir godtatt med en gang), velge en betalingsdato eller betale nå. Og vil du snakke om det, er det bare å ta kontakt.',
          contactLead: (p) => `Her kan du nå ${p.creditor}:`,
        },
      },
    },
  },
};
