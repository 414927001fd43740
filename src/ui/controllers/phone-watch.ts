// Whether the page is laid out for a phone (one column, UX.md §1): the lab
// then places the interventions, the status line and a member's card right
// under the network, in the DOM as on screen, so that the focus order follows
// what is seen. The width is the one the lab's CSS uses for its phone rules.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const PHONE_QUERY = '(max-width: 700px)';

export class PhoneWatch implements ReactiveController {
  phone = false;
  private mql?: MediaQueryList;

  constructor(private host: ReactiveControllerHost) {
    host.addController(this);
    if (typeof matchMedia === 'function') {
      this.mql = matchMedia(PHONE_QUERY);
      this.phone = this.mql.matches;
    }
  }

  hostConnected(): void {
    this.mql?.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.mql?.removeEventListener('change', this.onChange);
  }

  private onChange = (e: MediaQueryListEvent) => {
    this.phone = e.matches;
    this.host.requestUpdate();
  };
}
