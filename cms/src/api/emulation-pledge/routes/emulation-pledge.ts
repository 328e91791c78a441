import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::emulation-pledge.emulation-pledge');
