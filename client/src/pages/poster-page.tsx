import { useEffect, useState } from 'react';
import { toString as qrSvg } from 'qrcode';
import { loadConsultation, type ConsultationPayload } from '../api';
import { useScreen } from '../components/use-screen';
import { directionOf, htmlLangOf, LANGUAGES, stringsFor } from '../i18n/languages';
import { fill } from '../i18n/strings';
import './poster-page.css';

/**
 * A printable poster for one consultation and community: the link as a QR code (made here,
 * no outside service) and as short text, with an invitation in every language offered.
 * The QR link carries ?ch=qr so responses record the phone channel; the typed link does not.
 */
export function PosterPage({ slug, community }: { slug: string; community: string | null }) {
  useScreen('poster');
  const [payload, setPayload] = useState<ConsultationPayload | null>(null);
  const [failed, setFailed] = useState(false);
  const [svg, setSvg] = useState('');

  const fixedCommunity = payload?.community ?? community ?? (payload?.communities.length === 1 ? payload.communities[0] ?? null : null);
  const query = new URLSearchParams({ ch: 'qr' });
  if (community && !payload?.community) query.set('community', community);
  const qrLink = `${window.location.origin}/c/${slug}?${query}`;
  const shortLink = `${window.location.host}/c/${slug}`;

  useEffect(() => {
    void loadConsultation(slug).then((result) => (result.ok ? setPayload(result.payload) : setFailed(true)));
  }, [slug]);

  useEffect(() => {
    void qrSvg(qrLink, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then(setSvg);
  }, [qrLink]);

  useEffect(() => {
    document.documentElement.lang = 'en';
    document.documentElement.dir = 'ltr';
    document.body.classList.add('poster-body');
    if (payload) document.title = `${payload.consultation.title} — poster`;
  }, [payload]);

  if (failed) return <main id="main" className="error-page"><p>{stringsFor('en').errorNotFound}</p></main>;
  if (!payload) return null;
  const known = LANGUAGES.map((language) => language.code);
  const locales = [...payload.locales].sort((a, b) => known.indexOf(a) - known.indexOf(b));
  const place = fixedCommunity ?? payload.consultation.partnership;

  return (
    <main id="main" className="poster">
      <header>
        <h1>{payload.consultation.title}</h1>
        {place ? <p className="place">{place}</p> : null}
      </header>
      <ul className="invitations">
        {locales.map((locale) => (
          <li key={locale} lang={htmlLangOf(locale)} dir={directionOf(locale)}>
            {fill(stringsFor(locale).posterInvite, { community: place })}
          </li>
        ))}
      </ul>
      <figure className="qr">
        <div className="qr-code" role="img" aria-label={qrLink} dangerouslySetInnerHTML={{ __html: svg }} />
        <figcaption>
          <span>{stringsFor(locales[0] ?? 'en').posterScan}</span>
          <strong className="short-link" dir="ltr">{shortLink}</strong>
        </figcaption>
      </figure>
      <button type="button" className="primary print-button" onClick={() => window.print()}>Print / Imprimer</button>
    </main>
  );
}
