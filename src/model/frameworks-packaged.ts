// GENERATED from standards/frameworks.json by `npm run generate:schemas`; do not edit. The model reads no
// files, so the packaged registry is compiled in (src/model/frameworks.ts); the JSON file is the source.
import type { FrameworkDef } from './framework-def.js';

export const PACKAGED_FRAMEWORKS: readonly FrameworkDef[] = [
  {
    "id": "gri",
    "prefixes": [
      "GRI"
    ],
    "grammar": [
      {
        "pattern": "^(\\d{1,3})\\s*-\\s*(\\d{1,2})$",
        "canonical": "{1|int}-{2|int}"
      }
    ],
    "names": {
      "en": "GRI Standards",
      "zh": "GRI标准"
    },
    "policy": "gri-claim",
    "index": {
      "layout": "gri",
      "templates": "gri",
      "title": "GRI content index"
    },
    "locales": [
      "en",
      "zh"
    ]
  },
  {
    "id": "sasb",
    "prefixes": [
      "SASB"
    ],
    "grammar": [
      {
        "pattern": "^([a-z]{2})-([a-z]{2})-(\\d{3})([a-z])\\.(\\d+)$",
        "canonical": "{1|upper}-{2|upper}-{3}{4|lower}.{5}"
      },
      {
        "pattern": "^([a-z]{2})-([a-z]{2})-(000)\\.([a-z])$",
        "canonical": "{1|upper}-{2|upper}-000.{4|upper}"
      }
    ],
    "names": {
      "en": "SASB Standards",
      "zh": "SASB准则"
    },
    "policy": "sasb-industry",
    "index": {
      "layout": "sasb",
      "templates": "sasb",
      "title": "SASB index"
    },
    "locales": [
      "en",
      "zh"
    ]
  },
  {
    "id": "szse",
    "prefixes": [
      "SZSE"
    ],
    "grammar": [
      {
        "pattern": "^(?:art(?:icle)?\\.?\\s*)?(\\d{1,2})$",
        "canonical": "{1|int}"
      }
    ],
    "names": {
      "en": "Shenzhen Stock Exchange",
      "zh": "深圳证券交易所"
    },
    "policy": "exchange-topics",
    "index": {
      "layout": "guideline",
      "templates": "szse",
      "title": "Topic index (Shenzhen Stock Exchange)"
    },
    "locales": [
      "en",
      "zh"
    ]
  },
  {
    "id": "sse",
    "prefixes": [
      "SSE"
    ],
    "grammar": [
      {
        "pattern": "^(?:art(?:icle)?\\.?\\s*)?(\\d{1,2})$",
        "canonical": "{1|int}"
      }
    ],
    "names": {
      "en": "Shanghai Stock Exchange",
      "zh": "上海证券交易所"
    },
    "policy": "exchange-topics",
    "index": {
      "layout": "guideline",
      "templates": "szse",
      "title": "Topic index (Shanghai Stock Exchange)"
    },
    "locales": [
      "en",
      "zh"
    ]
  },
  {
    "id": "bse",
    "prefixes": [
      "BSE"
    ],
    "grammar": [
      {
        "pattern": "^(?:art(?:icle)?\\.?\\s*)?(\\d{1,2})$",
        "canonical": "{1|int}"
      }
    ],
    "names": {
      "en": "Beijing Stock Exchange",
      "zh": "北京证券交易所"
    },
    "policy": "exchange-topics",
    "index": {
      "layout": "guideline",
      "templates": "szse",
      "title": "Topic index (Beijing Stock Exchange)"
    },
    "locales": [
      "en",
      "zh"
    ]
  },
  {
    "id": "hkex",
    "prefixes": [
      "HKEX"
    ],
    "grammar": [
      {
        "pattern": "^d\\s*-?\\s*(\\d{1,3})$",
        "canonical": "D-{1|int}"
      },
      {
        "pattern": "^([ab])\\s*(\\d{1,2})\\.(\\d{1,2})$",
        "canonical": "{1|upper}{2|int}.{3|int}"
      },
      {
        "pattern": "^([ab])\\s*(\\d{1,2})$",
        "canonical": "{1|upper}{2|int}"
      },
      {
        "pattern": "^(?:part\\s*)?b\\s*-\\s*(\\d{1,2})$",
        "canonical": "B-{1|int}"
      }
    ],
    "names": {
      "en": "HKEX ESG Reporting Code",
      "zh": "香港联交所环境、社会及管治报告守则"
    },
    "policy": "hkex-parts",
    "index": {
      "layout": "hkex",
      "templates": "hkex",
      "title": "HKEX ESG content index"
    },
    "locales": [
      "en",
      "zh"
    ]
  },
  {
    "id": "tcfd",
    "prefixes": [
      "TCFD"
    ],
    "grammar": [
      {
        "pattern": "^(governance|strategy|risk\\s+management|metrics\\s+and\\s+targets)\\s*[-(]?\\s*([a-c])\\)?$",
        "canonical": "{1|lookup} {2|lower}",
        "lookup": {
          "governance": "Governance",
          "strategy": "Strategy",
          "risk management": "Risk management",
          "metrics and targets": "Metrics and targets"
        }
      }
    ],
    "names": {
      "en": "TCFD Recommendations",
      "zh": "气候相关财务信息披露工作组建议"
    },
    "policy": "disclosure-set",
    "locales": [
      "en"
    ]
  },
  {
    "id": "ifrs-s2",
    "prefixes": [
      "IFRS S2"
    ],
    "grammar": [
      {
        "pattern": "^(\\d{1,3}[a-z]?)((?:\\s*\\([a-z]{1,4}\\))*)$",
        "canonical": "{1|upper}{2|compact}"
      }
    ],
    "names": {
      "en": "IFRS S2 Climate-related Disclosures",
      "zh": "《国际财务报告可持续披露准则第2号——气候相关披露》"
    },
    "policy": "disclosure-set",
    "locales": [
      "en"
    ]
  },
  {
    "id": "ifrs-s1",
    "prefixes": [
      "IFRS S1"
    ],
    "grammar": [
      {
        "pattern": "^(\\d{1,3})((?:\\s*\\([a-z]{1,4}\\))*)$",
        "canonical": "{1|int}{2|compact}"
      }
    ],
    "names": {
      "en": "IFRS S1 General Requirements for Disclosure of Sustainability-related Financial Information",
      "zh": "《国际财务报告可持续披露准则第1号——可持续相关财务信息披露一般要求》"
    },
    "policy": "disclosure-set",
    "index": {
      "layout": "paragraphs",
      "templates": "ifrs",
      "title": "IFRS S1 content index"
    },
    "locales": [
      "en",
      "zh"
    ]
  },
  {
    "id": "esrs",
    "prefixes": [
      "ESRS"
    ],
    "grammar": [
      {
        "pattern": "^2\\s*[-.]?\\s*(bp|gov|sbm|iro)\\s*-?\\s*(\\d)$",
        "canonical": "2 {1|upper}-{2|int}"
      },
      {
        "pattern": "^2\\s*[-.]?\\s*mdr\\s*-?\\s*([patm])$",
        "canonical": "2 MDR-{1|upper}"
      },
      {
        "pattern": "^([esg])\\s*(\\d)\\s*-\\s*(\\d{1,2})$",
        "canonical": "{1|upper}{2|int}-{3|int}"
      },
      {
        "pattern": "^([esg])\\s*(\\d)\\s*[-.]?\\s*(gov|sbm|iro)\\s*-?\\s*(\\d)$",
        "canonical": "{1|upper}{2|int} {3|upper}-{4|int}"
      }
    ],
    "names": {
      "en": "European Sustainability Reporting Standards (ESRS)",
      "zh": "欧洲可持续发展报告准则（ESRS）"
    },
    "policy": "esrs-materiality",
    "index": {
      "layout": "esrs",
      "templates": "esrs",
      "title": "ESRS content index"
    },
    "locales": [
      "en",
      "zh"
    ]
  },
  {
    "id": "cn-mof",
    "prefixes": [
      "CSDS",
      "MOF"
    ],
    "grammar": [
      {
        "pattern": "^(basic|climate)\\s*(?:art(?:icle)?\\.?\\s*)?(\\d{1,2})$",
        "canonical": "{1|lookup} {2|int}",
        "lookup": {
          "basic": "Basic",
          "climate": "Climate"
        }
      },
      {
        "pattern": "^(?:no\\.?\\s*)?1\\s*[-.:]\\s*(\\d{1,2})$",
        "canonical": "Climate {1|int}"
      }
    ],
    "names": {
      "en": "Chinese Corporate Sustainability Disclosure Standards (Ministry of Finance)",
      "zh": "企业可持续披露准则（财政部）"
    },
    "policy": "disclosure-set",
    "index": {
      "layout": "chapters",
      "templates": "cn-mof",
      "title": "Content index (China Ministry of Finance sustainability disclosure standards)"
    },
    "locales": [
      "en",
      "zh"
    ]
  }
];
