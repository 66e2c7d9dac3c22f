/**
 * The demo catalog: about 200 consumer-electronics SKUs from two Asian suppliers, with the demand traits
 * the order generator uses (popularity, seasonality, trend, launch). Popularity is lognormal and falls
 * with unit cost, so a few SKUs carry most of the consumption value (ABC skew).
 */
import type { skus, suppliers } from '@/db/schema';
import type { SeededRandom } from './random';

type CasePack = 1 | 6 | 12 | 24;
/** name, unit cost (USD), weight (kg), case pack; `single` = no colour variants. */
type Product = [name: string, cost: number, weightKg: number, casePack: CasePack, single?: 'single'];

interface CategorySpec {
  prefix: string;
  category: string;
  hsCode: string;
  supplier: number;
  leadTimeDaysOverride?: number;
  variants: string[];
  /** Log-popularity offset of the category (cables sell in volume, monitors do not). */
  popularity: number;
  /** Mean extra units per consumer line (1 + Poisson(extra)). */
  consumerExtraUnits: number;
  /** Probability that a SKU of the category peaks in Q4. */
  seasonalShare: number;
  backToSchool: boolean;
  products: Product[];
}

export const SUPPLIERS = [
  { code: 'SUP-SZX', name: 'Voltera Electronics (Shenzhen)', country: 'CN', leadTimeDays: 38, leadTimeSdDays: 5, email: 'orders@voltera.example' },
  { code: 'SUP-SGN', name: 'Saigon Acoustics Co.', country: 'VN', leadTimeDays: 44, leadTimeSdDays: 6, email: 'sales@saigon-acoustics.example' },
] as const;

const CATEGORIES: CategorySpec[] = [
  {
    prefix: 'CHG', category: 'Chargers & power', hsCode: '8504.40', supplier: 0, variants: ['Black', 'White'], popularity: 0.6, consumerExtraUnits: 0.3, seasonalShare: 0.35, backToSchool: true,
    products: [
      ['USB-C Wall Charger 20W', 4.2, 0.06, 24], ['USB-C GaN Charger 30W', 6.8, 0.07, 24], ['USB-C GaN Charger 45W', 9.5, 0.09, 12],
      ['USB-C GaN Charger 65W 3-Port', 13.5, 0.13, 12], ['USB-C GaN Charger 100W 4-Port', 21, 0.2, 12], ['USB-C GaN Charger 140W', 29, 0.26, 12],
      ['Dual-Port Car Charger 36W', 3.9, 0.04, 24], ['Wireless Charging Pad 15W', 6.5, 0.12, 12], ['3-in-1 Wireless Charging Stand', 18, 0.35, 6],
      ['Power Bank 10,000 mAh', 9, 0.22, 12], ['Power Bank 20,000 mAh', 14.5, 0.38, 12], ['Power Bank 26,800 mAh 65W', 27, 0.52, 6],
      ['Travel Adapter with USB-C', 8, 0.15, 12], ['Magnetic Power Bank 5,000 mAh', 8.5, 0.14, 12], ['6-Port Charging Station', 24, 0.4, 6],
    ],
  },
  {
    prefix: 'CBL', category: 'Cables', hsCode: '8544.42', supplier: 0, variants: ['Black', 'White'], popularity: 0.9, consumerExtraUnits: 0.5, seasonalShare: 0.1, backToSchool: true,
    products: [
      ['USB-C to USB-C Cable 1 m 60W', 3, 0.04, 24], ['USB-C to USB-C Cable 2 m 100W', 3.9, 0.06, 24], ['USB-C to USB-C Cable 2 m 240W', 5.6, 0.07, 24],
      ['USB-C to Lightning Cable 1 m', 3.6, 0.04, 24], ['USB-C to Lightning Cable 2 m', 4.3, 0.06, 24], ['USB-A to USB-C Cable 1 m', 3, 0.04, 24],
      ['USB-A to USB-C Cable 3-Pack', 6.2, 0.12, 24], ['HDMI 2.1 Cable 2 m', 5.2, 0.12, 12], ['HDMI 2.1 Cable 3 m', 6.4, 0.16, 12],
      ['DisplayPort 1.4 Cable 2 m', 5.8, 0.12, 12], ['USB-C to HDMI Cable 2 m', 7.5, 0.1, 12], ['Cat6 Ethernet Cable 3 m', 3.2, 0.1, 24],
      ['Cat6 Ethernet Cable 10 m', 5.5, 0.3, 12], ['Thunderbolt 4 Cable 1 m', 14, 0.06, 12], ['Magnetic Charging Cable', 4.8, 0.05, 24],
      ['Coiled USB-C Cable', 5, 0.08, 24], ['3.5 mm Audio Cable 1.2 m', 3, 0.04, 24], ['USB-C Extension Cable 1 m', 4, 0.05, 24],
      ['Micro-USB Cable 1 m', 3, 0.04, 24], ['Retractable USB-C Cable', 4.5, 0.06, 24],
    ],
  },
  {
    prefix: 'AUD', category: 'Headphones', hsCode: '8518.30', supplier: 1, variants: ['Black', 'White', 'Midnight Blue'], popularity: 0.3, consumerExtraUnits: 0.08, seasonalShare: 0.7, backToSchool: false,
    products: [
      ['True Wireless Earbuds Lite', 8.5, 0.08, 12], ['True Wireless Earbuds ANC', 19, 0.09, 12], ['Earbuds Pro ANC', 38, 0.1, 6],
      ['Sport Earbuds with Ear Hooks', 14, 0.1, 12], ['Open-Ear Earbuds', 22, 0.1, 12], ['On-Ear Wireless Headphones', 17, 0.28, 6],
      ['Over-Ear ANC Headphones', 42, 0.42, 6], ['Over-Ear ANC Headphones Studio', 95, 0.46, 6], ['Gaming Headset 7.1', 24, 0.45, 6],
      ['Kids Volume-Limited Headphones', 9.5, 0.2, 12],
    ],
  },
  {
    prefix: 'SPK', category: 'Speakers', hsCode: '8518.22', supplier: 1, variants: ['Black', 'Ocean Blue'], popularity: 0, consumerExtraUnits: 0.05, seasonalShare: 0.7, backToSchool: false,
    products: [
      ['Mini Bluetooth Speaker', 7.5, 0.2, 12], ['Portable Speaker Go', 16, 0.45, 6], ['Portable Speaker Max', 48, 1.4, 6],
      ['Waterproof Shower Speaker', 9, 0.25, 12], ['Smart Speaker with Assistant', 26, 0.9, 6], ['Smart Display 8"', 52, 1.1, 6],
      ['Outdoor Speaker Pair', 45, 4.2, 1], ['Party Speaker with Lights', 85, 6.5, 1, 'single'], ['Soundbar 2.0', 38, 2.4, 1, 'single'],
      ['Soundbar 2.1 with Subwoofer', 110, 8.5, 1, 'single'], ['Soundbar 5.1 Dolby Atmos', 215, 12, 1, 'single'], ['Bookshelf Speakers Pair', 62, 5, 1],
      ['Karaoke Speaker with Microphones', 70, 4.8, 1, 'single'],
    ],
  },
  {
    prefix: 'SMH', category: 'Smart home', hsCode: '8536.50', supplier: 0, variants: ['White'], popularity: 0.1, consumerExtraUnits: 0.35, seasonalShare: 0.4, backToSchool: false,
    products: [
      ['Smart Plug Mini', 5.2, 0.08, 24], ['Smart Plug Mini 4-Pack', 18.5, 0.32, 6], ['Smart Plug Outdoor', 9.5, 0.15, 12],
      ['Smart Power Strip', 14, 0.5, 6], ['Smart Bulb A19 Colour', 5.5, 0.09, 24], ['Smart Bulb A19 Colour 4-Pack', 19.5, 0.36, 6],
      ['Smart Bulb BR30', 6.8, 0.12, 24], ['Smart LED Strip 5 m', 8.5, 0.3, 12], ['Smart LED Strip 10 m', 14, 0.55, 12],
      ['Smart Light Switch', 11, 0.12, 12], ['Smart Dimmer Switch', 13.5, 0.13, 12], ['Indoor Camera 2K', 14.5, 0.2, 12],
      ['Pan-Tilt Indoor Camera', 19, 0.3, 12], ['Outdoor Camera Wired 2K', 32, 0.45, 6], ['Outdoor Camera Battery', 48, 0.5, 6],
      ['Floodlight Camera', 62, 1.3, 6], ['Video Doorbell Wired', 34, 0.4, 6], ['Video Doorbell Battery', 52, 0.45, 6],
      ['Smart Thermostat', 58, 0.5, 6], ['Smart Lock Keypad', 72, 1.6, 6], ['Smart Lock Fingerprint Wi-Fi', 98, 1.8, 6],
      ['Motion Sensor', 6.5, 0.05, 24], ['Door & Window Sensor', 4.8, 0.04, 24], ['Temperature & Humidity Sensor', 5.5, 0.05, 24],
      ['Water Leak Sensor', 6, 0.06, 24], ['Smart Hub (Zigbee & Matter)', 22, 0.25, 12], ['Wi-Fi Mesh System 2-Pack', 58, 1.1, 6],
      ['Wi-Fi Mesh System 3-Pack', 82, 1.6, 6], ['Smart Smoke Alarm', 21, 0.35, 12], ['Smart Garage Controller', 19, 0.3, 12],
      ['Smart Sprinkler Controller', 44, 0.7, 6], ['Smart Air Purifier Compact', 48, 2.9, 1], ['Smart Body Scale', 12, 1.6, 6],
      ['Home Security Kit 5-Piece', 65, 1.2, 6], ['Smart Plug Mini 2-Pack', 9.8, 0.16, 12], ['Smart Bulb A19 White 4-Pack', 12.5, 0.36, 6],
      ['Smart Curtain Motor', 39, 0.9, 6], ['Smart Button', 4.5, 0.03, 24],
    ],
  },
  {
    prefix: 'MON', category: 'Monitors', hsCode: '8528.52', supplier: 0, leadTimeDaysOverride: 45, variants: ['Black'], popularity: -0.5, consumerExtraUnits: 0.02, seasonalShare: 0.25, backToSchool: true,
    products: [
      ['22" FHD Monitor', 58, 3.1, 1], ['24" FHD IPS Monitor', 72, 3.6, 1], ['24" FHD 165 Hz Gaming Monitor', 95, 3.9, 1],
      ['27" FHD IPS Monitor', 88, 4.6, 1], ['27" QHD IPS Monitor', 128, 5.1, 1], ['27" QHD 170 Hz Gaming Monitor', 155, 5.4, 1],
      ['27" 4K USB-C Monitor', 215, 5.8, 1], ['28" 4K Monitor', 185, 5.9, 1], ['32" QHD Curved Monitor', 165, 6.8, 1],
      ['32" 4K USB-C Monitor', 275, 7.4, 1], ['34" Ultrawide QHD Curved Monitor', 265, 8.1, 1], ['34" Ultrawide 165 Hz Monitor', 310, 8.4, 1],
      ['38" Ultrawide Monitor', 385, 9.6, 1], ['49" Super Ultrawide Monitor', 398, 14.5, 1], ['15.6" Portable Monitor', 62, 0.8, 6],
      ['16" Portable Monitor 2.5K', 95, 0.9, 6],
    ],
  },
  {
    prefix: 'ACC', category: 'Computer accessories', hsCode: '8471.60', supplier: 0, variants: ['Black', 'Space Grey'], popularity: 0.2, consumerExtraUnits: 0.1, seasonalShare: 0.2, backToSchool: true,
    products: [
      ['USB-C Hub 5-in-1', 11, 0.08, 12], ['USB-C Hub 7-in-1', 16, 0.1, 12], ['USB-C Hub 10-in-1', 26, 0.14, 12, 'single'],
      ['USB-C Dock Dual 4K', 58, 0.45, 6, 'single'], ['Thunderbolt 4 Dock', 125, 0.7, 6, 'single'], ['Wireless Mouse', 5.5, 0.09, 24],
      ['Ergonomic Vertical Mouse', 11, 0.14, 12, 'single'], ['Bluetooth Keyboard Compact', 13, 0.35, 12], ['Mechanical Keyboard TKL', 32, 0.9, 6, 'single'],
      ['Keyboard and Mouse Combo', 15, 0.7, 12], ['Webcam 1080p', 12, 0.15, 12, 'single'], ['Webcam 4K with Ring Light', 38, 0.3, 6, 'single'],
      ['Aluminium Laptop Stand', 11, 0.9, 12], ['Monitor Arm Single', 24, 2.6, 6, 'single'], ['Monitor Arm Dual', 39, 4.1, 6, 'single'],
      ['Portable SSD 1 TB', 52, 0.06, 12, 'single'], ['USB Flash Drive 128 GB', 6.5, 0.02, 24, 'single'], ['microSD Card 256 GB', 14, 0.01, 24, 'single'],
    ],
  },
];

export interface SkuModel {
  id: string;
  code: string;
  category: string;
  unitCost: number;
  unitPrice: number;
  casePack: number;
  moq: number;
  supplierIndex: number;
  leadTimeDays: number;
  leadTimeSdDays: number;
  /** Relative popularity: the weight of the SKU when a line of an order is drawn. */
  weight: number;
  consumerExtraUnits: number;
  /** Peak multiplier above 1 around early December (0 = not seasonal beyond the market's mild Q4 lift). */
  seasonalAmplitude: number;
  backToSchoolAmplitude: number;
  /** Relative change of demand over the year (+0.3 = 30 % more at the end than at the start). */
  trendPerYear: number;
  /** History day the SKU launched on (0 = before the history starts). */
  launchDay: number;
}

export interface Catalog {
  supplierIds: string[];
  skus: SkuModel[];
  rows: { suppliers: (typeof suppliers.$inferInsert)[]; skus: (typeof skus.$inferInsert)[] };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function buildCatalog(args: { tenantId: string; newId: () => string; rng: SeededRandom; createdAt: Date }): Catalog {
  const { tenantId, newId, rng, createdAt } = args;
  const stamp = { createdAt, updatedAt: createdAt };
  const supplierIds = SUPPLIERS.map(() => newId());
  const supplierRows = SUPPLIERS.map((s, i) => ({ tenantId, id: supplierIds[i], ...s, ...stamp }));

  const models: SkuModel[] = [];
  const skuRows: (typeof skus.$inferInsert)[] = [];
  for (const cat of CATEGORIES) {
    cat.products.forEach(([productName, baseCost, weightKg, casePack, single], p) => {
      const variants = single ? [undefined] : cat.variants.length > 1 ? cat.variants : [undefined];
      variants.forEach((variant, v) => {
        const supplier = SUPPLIERS[cat.supplier] ?? SUPPLIERS[0];
        const unitCost = round2(Math.min(400, Math.max(3, baseCost * rng.uniform(0.94, 1.06))));
        const unitPrice = Math.max(round2(unitCost * 1.6), Math.round(unitCost * rng.uniform(1.62, 2.2)) - 0.01);
        const moq = casePack * (casePack >= 12 ? 20 : casePack === 6 ? 25 : 40);
        const seasonal = rng.chance(cat.seasonalShare);
        const declining = productName.startsWith('Micro-USB') || rng.chance(0.03);
        const model: SkuModel = {
          id: newId(),
          code: `${cat.prefix}-${100 * (p + 1) + v + 1}`,
          category: cat.category,
          unitCost,
          unitPrice,
          casePack,
          moq,
          supplierIndex: cat.supplier,
          leadTimeDays: cat.leadTimeDaysOverride ?? supplier.leadTimeDays,
          leadTimeSdDays: supplier.leadTimeSdDays,
          // Lognormal popularity that falls with price: the ABC skew of a real catalog.
          weight: Math.exp(cat.popularity + rng.normal(0, 1.25)) * Math.pow(unitCost, -0.35) * (v === 0 ? 1 : rng.uniform(0.35, 0.8)),
          consumerExtraUnits: cat.consumerExtraUnits,
          seasonalAmplitude: seasonal ? rng.uniform(1.2, 2.6) : 0,
          backToSchoolAmplitude: cat.backToSchool && rng.chance(0.4) ? rng.uniform(0.3, 0.7) : 0,
          trendPerYear: declining ? rng.uniform(-0.75, -0.55) : rng.normal(0.05, 0.15),
          launchDay: !declining && rng.chance(0.03) ? rng.int(170, 320) : 0,
        };
        models.push(model);
        skuRows.push({
          tenantId, id: model.id, code: model.code, name: variant ? `${productName}, ${variant}` : productName, category: cat.category,
          unitCost, unitPrice, weightKg, volumeM3: round2((weightKg / 160) * 1e4) / 1e4 || 0.0001, casePack, moq,
          supplierId: supplierIds[cat.supplier], leadTimeDaysOverride: cat.leadTimeDaysOverride ?? null, hsCode: cat.hsCode, ...stamp,
        });
      });
    });
  }
  return { supplierIds: supplierIds as string[], skus: models, rows: { suppliers: supplierRows, skus: skuRows } };
}
