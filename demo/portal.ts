/**
 * The fictional creditors' customer portal. It does what a real portal does around Amicable and
 * nothing more: its own login (here a "log in as" picker, since the demo has no passwords), its own
 * session cookie, and the one endpoint an integrator adds, `/portal/amicable-token`, which mints a
 * short-lived customer token with `createCustomerToken()` for the logged-in customer. The pages
 * embed the elements with the script tag exactly as CONTRACT.md documents.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Hono } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { createCustomerToken, type DemoVariant, type SeededCustomer } from '../src/server';

export interface PortalVariant {
  variant: DemoVariant;
  apiUrl: string;
  tokenSecret: string;
  customers: SeededCustomer[];
}

interface Brand {
  name: string;
  tagline: string;
  locale: string;
  portalTitle: string;
  loginTitle: string;
  loginIntro: string;
  logOut: string;
  invoicesTitle: string;
  help: string;
}

const BRANDS: Record<DemoVariant, Brand> = {
  fjordlys: {
    name: 'Fjordlys Energi',
    tagline: 'Strøm fra fjord og fjell',
    locale: 'nb-NO',
    portalTitle: 'Min side',
    loginTitle: 'Logg inn som en demokunde',
    loginIntro: 'Velg en kunde. Hver av dem har en faktura i et eget trinn.',
    logOut: 'Logg ut',
    invoicesTitle: 'Fakturaer',
    help: 'Spørsmål? Ring 22 00 00 00 eller skriv til kundeservice@fjordlys.example.',
  },
  tulp: {
    name: 'Tulp & Co',
    tagline: 'Bollen, zaden en tuingereedschap',
    locale: 'nl-NL',
    portalTitle: 'Mijn account',
    loginTitle: 'Inloggen als democlant',
    loginIntro: 'Kies een klant. Elk van hen heeft een factuur in een ander stadium.',
    logOut: 'Uitloggen',
    invoicesTitle: 'Facturen',
    help: 'Vragen? Bel 020 000 0000 of mail klantenservice@tulp.example.',
  },
};

/** Languages a visitor may switch the elements to (`?lang=`); the portal's own chrome stays put. */
const LANGUAGES = [
  { tag: 'nb-NO', label: 'Norsk' },
  { tag: 'nl-NL', label: 'Nederlands' },
  { tag: 'en-GB', label: 'English' },
  { tag: 'de-DE', label: 'Deutsch' },
];

const SESSION_COOKIE = 'portal_session';
const STAGE_LABEL: Record<string, string> = {
  upcoming: 'upcoming',
  reminder: 'reminder',
  firm: 'firm reminder',
  final: 'final notice',
  collection: 'collection',
  paused: 'paused',
};

export function createPortal() {
  const app = new Hono();
  const variants = new Map<DemoVariant, PortalVariant>();
  // The portal's own session secret; a real portal has its own session machinery.
  const sessionSecret = randomBytes(32).toString('base64url');
  const stylesheet = readFile(new URL('./portal.css', import.meta.url), 'utf8');

  const page = (
    entry: PortalVariant | undefined,
    lang: string,
    title: string,
    body: HtmlEscapedString | Promise<HtmlEscapedString>,
  ) => html`<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="stylesheet" href="/assets/portal.css" />
    ${
      entry
        ? html`<script type="module" src="${entry.apiUrl}/sdk/amicable.js" data-api="${entry.apiUrl}/v1"
        data-token-url="/portal/amicable-token" data-locale="${lang}"></script>`
        : ''
    }
  </head>
  <body class="${entry?.variant ?? 'home'}">
    ${body}
  </body>
</html>`;

  // A strict policy, as a careful portal would send: no inline script or style, Trusted Types.
  app.use('*', async (c, next) => {
    await next();
    const apis = [...variants.values()].map((entry) => entry.apiUrl).join(' ');
    c.header(
      'Content-Security-Policy',
      [
        "default-src 'self'",
        `script-src 'self' ${apis} https://js.stripe.com`,
        `connect-src 'self' ${apis} https://api.stripe.com`,
        "style-src 'self'",
        "img-src 'self' data:",
        'frame-src https://js.stripe.com https://hooks.stripe.com',
        "require-trusted-types-for 'script'",
        // lit-html renders; amicable-stripe may create exactly one script URL: Stripe.js's.
        "trusted-types lit-html amicable-stripe 'allow-duplicates'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ].join('; '),
    );
    c.header('Referrer-Policy', 'same-origin');
    c.header('X-Content-Type-Options', 'nosniff');
  });

  // Browsers ask for it unprompted; without it every page would log a 404.
  app.get('/favicon.ico', (c) => c.body(null, 204));

  app.get('/assets/portal.css', async (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    return c.body(await stylesheet);
  });

  app.get('/', (c) =>
    c.html(
      page(
        undefined,
        'en',
        'Amicable demo',
        html`<main class="chooser">
          <h1>Amicable demo</h1>
          <p>Two fictional creditors' customer portals with Amicable embedded. Pick one, then log in as a customer.</p>
          <ul>
            ${[...variants.values()].map(
              (entry) =>
                html`<li><a href="/${entry.variant}/">${BRANDS[entry.variant].name}</a> <span lang="${BRANDS[entry.variant].locale}">${BRANDS[entry.variant].tagline}</span></li>`,
            )}
          </ul>
        </main>`,
      ),
    ),
  );

  app.get('/:variant/', async (c) => {
    const entry = variants.get(c.req.param('variant') as DemoVariant);
    if (!entry) return c.notFound();
    const brand = BRANDS[entry.variant];
    const lang = LANGUAGES.find((l) => l.tag === c.req.query('lang'))?.tag ?? brand.locale;
    const session = await readSession(c);
    const customer =
      session?.variant === entry.variant
        ? entry.customers.find((x) => x.id === session.customerId)
        : undefined;

    if (!customer) {
      return c.html(
        page(
          undefined,
          brand.locale,
          `${brand.name}: ${brand.loginTitle}`,
          html`${header(brand)}
          <main class="login">
            <h1>${brand.loginTitle}</h1>
            <p>${brand.loginIntro}</p>
            <form method="post" action="/${entry.variant}/login">
              <ul class="customers">
                ${entry.customers.map(
                  (x) => html`<li>
                    <button type="submit" name="customer" value="${x.id}" data-customer="${x.id}">
                      <span class="name">${x.name}</span>
                      <span class="meta">${[x.country, x.kind, STAGE_LABEL[x.stage] ?? x.stage, x.situation]
                        .filter(Boolean)
                        .join(' · ')}</span>
                    </button>
                  </li>`,
                )}
              </ul>
            </form>
          </main>`,
        ),
      );
    }

    return c.html(
      page(
        entry,
        lang,
        `${brand.name}: ${brand.portalTitle}`,
        html`${header(brand, customer.name, `/${entry.variant}/logout`, brand.logOut)}
        <main class="portal">
          <amicable-overdue-banner></amicable-overdue-banner>
          <h1>${brand.portalTitle}</h1>
          <nav class="languages" aria-label="Language">
            ${LANGUAGES.map(
              (l) =>
                html`<a href="?lang=${l.tag}" hreflang="${l.tag}" lang="${l.tag}" ${raw(
                  l.tag === lang ? 'aria-current="true"' : '',
                )}>${l.label}</a>`,
            )}
          </nav>
          <section class="invoices" aria-labelledby="invoices-title">
            <h2 id="invoices-title">${brand.invoicesTitle}</h2>
            ${customer.invoiceIds.map(
              (id) => html`<amicable-invoice-explainer invoice="${id}"></amicable-invoice-explainer>`,
            )}
          </section>
          <p class="help">${brand.help}</p>
        </main>`,
      ),
    );
  });

  app.post('/:variant/login', async (c) => {
    const entry = variants.get(c.req.param('variant') as DemoVariant);
    if (!entry) return c.notFound();
    const form = await c.req.parseBody();
    const customer = entry.customers.find((x) => x.id === form.customer);
    if (!customer) return c.text('Unknown customer', 400);
    await setSignedCookie(c, SESSION_COOKIE, `${entry.variant}:${customer.id}`, sessionSecret, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
    });
    return c.redirect(`/${entry.variant}/`, 303);
  });

  app.get('/:variant/logout', (c) => {
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect(`/${c.req.param('variant')}/`, 303);
  });

  // The one endpoint an integrator adds: the portal's session says who is logged in, the portal
  // backend signs a short-lived token for that customer. The creditor's secret never leaves here.
  app.get('/portal/amicable-token', async (c) => {
    c.header('Cache-Control', 'no-store');
    const session = await readSession(c);
    const entry = session ? variants.get(session.variant) : undefined;
    if (!session || !entry) return c.text('Not logged in', 401);
    const token = await createCustomerToken({
      customerId: session.customerId,
      secret: entry.tokenSecret,
      expiresIn: '15m',
    });
    return c.text(token);
  });

  async function readSession(
    c: Parameters<typeof getSignedCookie>[0],
  ): Promise<{ variant: DemoVariant; customerId: string } | undefined> {
    const value = await getSignedCookie(c, sessionSecret, SESSION_COOKIE);
    if (!value) return undefined;
    const [variant, customerId] = value.split(':', 2);
    if (!variant || !customerId || !variants.has(variant as DemoVariant)) return undefined;
    return { variant: variant as DemoVariant, customerId };
  }

  return {
    app,
    addVariant(entry: PortalVariant) {
      variants.set(entry.variant, entry);
    },
  };
}

function header(brand: Brand, customerName?: string, logoutUrl?: string, logOut?: string) {
  return html`<header class="site">
    <a class="brand" href="/">${brand.name}</a>
    ${
      customerName && logoutUrl
        ? html`<span class="who">${customerName} · <a href="${logoutUrl}">${logOut}</a></span>`
        : ''
    }
  </header>`;
}
