// The phone during a participatory run (part B): the member it plays, what
// that member knows (ties, trust, energy, last week), then the week's
// decision one question per screen: the meetup, whom to talk to, whether to
// share a tricky issue, and a summary to send.
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PhoneClient } from '../room/client.ts';
import type { Share } from '../room/protocol.ts';
import type { MemberWeek, RunPhoneView } from '../room/views.ts';
import { PHONE_CSS } from './styles.ts';
import { t } from './words.ts';

type Step = 'member' | 'attend' | 'talk' | 'share' | 'confirm';

@customElement('run-screens')
export class RunScreens extends LitElement {
  @property({ attribute: false }) run!: RunPhoneView;
  @property({ attribute: false }) client: PhoneClient | null = null;
  @state() private step: Step = 'member';
  @state() private attend = true;
  @state() private talkTo: number | null = null;
  @state() private share: Share = 'none';
  @state() private problem = '';
  @state() private now = Date.now();
  private tick?: ReturnType<typeof setInterval>;
  private weekShown = -1;

  static override styles = PHONE_CSS;

  override connectedCallback(): void {
    super.connectedCallback();
    this.tick = setInterval(() => (this.now = Date.now()), 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.tick);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // A new week starts at the member's screen, with nothing chosen.
    if (changed.has('run') && this.run.week !== this.weekShown) {
      this.weekShown = this.run.week;
      this.step = 'member';
      this.attend = true;
      this.talkTo = null;
      this.share = 'none';
      this.problem = '';
    }
  }

  private name(me: MemberWeek, id: number): string {
    return me.ties.find((x) => x.id === id)?.name ?? `#${id}`;
  }

  override render() {
    const r = this.run;
    if (r.ended) return html`<h1 data-testid="run-ended">${t('The run is over. Look at the big screen for the debrief.')}</h1>`;
    if (!r.seat || !r.me) return html`<h1 data-testid="run-watching">${t('You are watching this run: every member is taken.')}</h1>`;
    const left = r.deadline ? Math.max(0, Math.ceil((r.deadline - this.now) / 1000)) : null;
    const head = html`<div class="member"><span class="dot" style="background:${r.seat.colour}"></span>
      <div><h1 style="margin:0" data-testid="seat">${t('You play {0}', r.seat.name)}</h1><p class="small" style="margin:0">${r.seat.org} · ${t('Week {0} of {1}', r.week + 1, r.horizon)}</p></div></div>
      ${left !== null && !r.decided ? html`<p class="small" data-testid="timer" aria-live="off">${t('{0} s left to decide', left)}</p>` : nothing}`;
    if (r.decided) {
      return html`${head}<section data-testid="decided"><h2>${t('Your decision for week {0} is in.', r.week + 1)}</h2><p>${t('Wait for the trainer to run the week.')}</p></section>${this.renderKnows(r.me)}`;
    }
    switch (this.step) {
      case 'member': return html`${head}${this.renderPlayed(r)}${this.renderKnows(r.me)}
        <div class="bottom"><button class="primary" data-testid="decide" @click=${() => (this.step = 'attend')}>${t('Decide for week {0}', r.week + 1)}</button></div>`;
      case 'attend': return this.renderAttend(r.me);
      case 'talk': return this.renderTalk(r.me);
      case 'share': return this.renderShare(r.me);
      case 'confirm': return this.renderConfirm(r.me);
    }
  }

  private renderPlayed(r: RunPhoneView) {
    const last = r.playedByModel.at(-1);
    return last !== undefined && last === r.week - 1 ? html`<p role="status" data-testid="played-by-model">${t('No decision came in time for week {0}: the model played your member.', last + 1)}</p>` : nothing;
  }

  private renderKnows(me: MemberWeek) {
    return html`<h2>${t('Energy')} <span class="small">${Math.round(me.energy * 100)}%</span></h2><div class="meter" role="meter" aria-label=${t('Energy')} aria-valuemin="0" aria-valuemax="1" aria-valuenow=${me.energy.toFixed(2)}><span style="width:${Math.round(me.energy * 100)}%"></span></div>
      <h2>${t('Last week')}</h2>
      ${me.lastWeek.length ? html`<ul class="plain" data-testid="last-week">${me.lastWeek.map((e) => html`<li>${this.describe(me, e)}</li>`)}</ul>` : html`<p class="small">${t('Nothing happened to you last week.')}</p>`}
      <h2>${t('People you know')}</h2>
      ${me.ties.length ? html`<ul class="plain ties" data-testid="ties">${me.ties.map((x) => html`<li><span class="swatch" style="background:${x.colour}"></span>
          <span>${x.name} <span class="small">${x.org} · ${t('Trust')} ${Math.round(x.trust * 100)}%${x.matched ? ` · ${t('matched by the facilitator')}` : ''}</span></span>
          <span class="meter" role="meter" aria-label=${`${t('Trust')}: ${x.name}`} aria-valuemin="0" aria-valuemax="1" aria-valuenow=${x.trust.toFixed(2)}><span style="width:${Math.round(x.trust * 100)}%"></span></span></li>`)}</ul>`
        : html`<p class="small">${t('You know nobody yet.')}</p>`}`;
  }

  /** One thing that happened last week, in words (docs/MODEL.md §7.12's kinds). */
  private describe(me: MemberWeek, e: MemberWeek['lastWeek'][number]): string {
    const who = e.other !== undefined ? this.name(me, e.other) : '';
    switch (e.kind) {
      case 'attended': return t('You came to the meetup');
      case 'talked': return t('You talked with {0}', who);
      case 'matched': return t('The facilitator matched you with {0}', who);
      case 'sharedOneOnOne': return e.good ? t('{0} received your tricky issue well', who) : t('{0} received your tricky issue badly', who);
      case 'heardOneOnOne': return t('{0} shared a tricky issue with you', who);
      case 'sharedGroup': return e.good ? t('You shared a tricky issue in the group; it went well') : t('You shared a tricky issue in the group; it went badly');
      case 'insight': return t('You and {0} came up with an idea', who);
      case 'innovation': return t('Your idea became an innovation the community uses');
      case 'newTie': return t('A new tie with {0}', who);
      case 'tieFaded': return t('Your tie with {0} faded', who);
      case 'facilitatorTalk': return t('The facilitator talked with you');
      case 'woven': return t('The facilitator brought your topic into the group');
      case 'left': return t('Your member left the community');
      default: return e.kind;
    }
  }

  private nav(back: Step, next: () => void, nextLabel = t('Next'), testid = 'next') {
    return html`<div class="bottom"><div class="row"><button class="secondary" @click=${() => (this.step = back)}>${t('Back')}</button>
      <button class="primary" data-testid=${testid} @click=${next}>${nextLabel}</button></div>
      ${this.problem ? html`<p role="alert">${this.problem}</p>` : nothing}</div>`;
  }

  private choice(label: string, on: boolean, pick: () => void, disabled = false, id = '') {
    return html`<button role="radio" aria-checked=${on ? 'true' : 'false'} ?disabled=${disabled} data-choice=${id} @click=${pick}>${label}</button>`;
  }

  private renderAttend(_me: MemberWeek) {
    return html`<h1 id="h">${t("Come to this week's meetup?")}</h1>
      <p class="small">${t('If the facilitator holds one this week.')}</p>
      <div class="choices options" role="radiogroup" aria-labelledby="h">
        ${this.choice(t("Yes, I'll come"), this.attend, () => (this.attend = true), false, 'attend-yes')}
        ${this.choice(t('Not this week'), !this.attend, () => { this.attend = false; if (this.share === 'group') this.share = 'none'; }, false, 'attend-no')}
      </div>${this.nav('member', () => (this.step = 'talk'))}`;
  }

  private renderTalk(me: MemberWeek) {
    return html`<h1 id="h">${t('Talk one-on-one with…')}</h1>
      <div class="choices options" role="radiogroup" aria-labelledby="h">
        ${me.canTalkTo.map((id) => {
          const x = me.ties.find((y) => y.id === id);
          return this.choice(`${this.name(me, id)}${x ? ` · ${t('Trust')} ${Math.round(x.trust * 100)}%` : ''}${x?.matched ? ` · ${t('matched by the facilitator')}` : ''}`, this.talkTo === id, () => (this.talkTo = id), false, `talk-${id}`);
        })}
        ${this.choice(t('Nobody this week'), this.talkTo === null, () => { this.talkTo = null; if (this.share === 'oneOnOne') this.share = 'none'; }, false, 'talk-none')}
      </div>${this.nav('attend', () => (this.step = 'share'))}`;
  }

  private renderShare(me: MemberWeek) {
    const who = this.talkTo !== null ? this.name(me, this.talkTo) : '';
    const groupOk = this.attend;
    return html`<h1 id="h">${t('Share a tricky issue?')}</h1>
      <div class="choices options" role="radiogroup" aria-labelledby="h">
        ${this.choice(t('Keep it to myself'), this.share === 'none', () => (this.share = 'none'), false, 'share-none')}
        ${this.choice(this.talkTo !== null ? t('With {0}, one-on-one', who) : `${t('With {0}, one-on-one', '…')} ${t('(only if you talk to someone)')}`, this.share === 'oneOnOne', () => (this.share = 'oneOnOne'), this.talkTo === null, 'share-oneOnOne')}
        ${this.choice(groupOk ? t('In the group') : `${t('In the group')} ${t('(only if you come to the meetup)')}`, this.share === 'group', () => (this.share = 'group'), !groupOk, 'share-group')}
      </div>${this.nav('talk', () => (this.step = 'confirm'))}`;
  }

  private renderConfirm(me: MemberWeek) {
    const lines = [
      this.attend ? t("Yes, I'll come") : t('Not this week'),
      this.talkTo !== null ? t('Talk with {0}', this.name(me, this.talkTo)) : t('Nobody this week'),
      this.share === 'none' ? t('Keep it to myself') : this.share === 'group' ? t('In the group') : t('With {0}, one-on-one', this.talkTo !== null ? this.name(me, this.talkTo) : ''),
    ];
    return html`<h1>${t('Decide for week {0}', this.run.week + 1)}</h1>
      <ul class="plain" data-testid="summary">${lines.map((l) => html`<li>${l}</li>`)}</ul>
      ${this.nav('share', () => void this.send(), t('Send my decision'), 'send-decision')}`;
  }

  private async send(): Promise<void> {
    if (!this.client) return;
    const r = await this.client.send('decide', { week: this.run.week, attend: this.attend, talkTo: this.talkTo, share: this.share });
    this.problem = r.ok ? '' : (r.detail ?? r.reason);
  }
}
