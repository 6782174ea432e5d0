import { NotFoundPanel } from '@/components/ui/NotFoundPanel';
import { SiteChrome } from '@/components/ui/SiteChrome';

/** An address no route matches: outside the site's layout, so it brings the chrome itself. */
export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundPanel />
    </SiteChrome>
  );
}
