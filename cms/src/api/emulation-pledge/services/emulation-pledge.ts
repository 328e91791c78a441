import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::emulation-pledge.emulation-pledge');
