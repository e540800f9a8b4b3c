import { useState } from 'react';
import { LinkParams } from '../components/link-params';
import type { AppStrings } from '../i18n/strings';

/** Plain-language consent and privacy: what is kept, what is not, before any question. */
export function ConsentPage(props: {
  strings: AppStrings;
  title: string;
  draft: boolean;
  communities: string[] | null;
  locale: string;
  linkParams: [string, string][];
  onAccept(community: string | null): void;
}) {
  const { strings, title, draft, communities, locale, linkParams, onAccept } = props;
  const [community, setCommunity] = useState('');
  const needsCommunity = communities !== null && communities.length > 1;
  return (
    <section className="consent-page" aria-labelledby="consent-title">
      <p className="consultation-title">{title}</p>
      <h1 id="consent-title">{strings.consentTitle}</h1>
      {draft ? <p className="draft-notice">{strings.draftNotice}</p> : null}
      <ul className="consent-points">
        <li>{strings.consentCollected}</li>
        <li><strong>{strings.consentNotCollected}</strong></li>
        <li>{strings.consentUse}</li>
        <li>{strings.consentVoluntary}</li>
        <li>{strings.consentDevice}</li>
      </ul>
      <form method="get" onSubmit={(event) => {
        event.preventDefault();
        onAccept(needsCommunity ? community : null);
      }}>
        <LinkParams params={[...linkParams, ['lang', locale]]} />
        {needsCommunity ? (
          <p className="field">
            <label htmlFor="community">{strings.communityLabel}</label>
            <select id="community" name="community_choice" required value={community} onChange={(event) => setCommunity(event.target.value)}>
              <option value="" disabled>—</option>
              {communities.map((name) => <option key={name} value={name}>{name}</option>)}
            </select>
          </p>
        ) : null}
        <button type="submit" name="consent" value="yes" className="primary big">{strings.consentAccept}</button>
      </form>
    </section>
  );
}
