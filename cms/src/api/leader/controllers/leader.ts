import { publishedOnlyController } from '../../../lib/published-only-controller';

export default publishedOnlyController('api::leader.leader');
