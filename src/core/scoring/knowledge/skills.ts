/**
 * Known skills across professions, with their aliases in English, Spanish, French, German and
 * Portuguese, and the matching of a candidate's own skill list against a message.
 *
 * Matching is token based (one PhraseIndex pass). An alias that is also a common word or an
 * initialism ("Go", "R", "Epic", "OR", "SEM", "React") only counts with evidence around it; the
 * flags written in front of an alias say which evidence:
 *   =  exact case as written ("SEM", "RN", "dbt"), and not in a run of shouted capitals
 *   ^  a name that is also a word ("React", "Excel"): capitalised mid-sentence, or context
 *   ?  an everyday word ("Go", "Swift"): capitalised mid-sentence next to same-field skills, or strong context
 *   !  strong context only ("Spring", "Julia"): a neighbour in a skill list or a cue word ("Go developer")
 *   @  written with a leading dot (".NET")
 * A leading * on an entry marks a skill whose span hides shorter skills inside it ("React Native"
 * is not "React").
 */
import { type Analysed, type Token, PhraseIndex, analyse, clean, fold, tokenize } from '../../text';

export type SkillDomain = 'tech' | 'clinical' | 'design' | 'business' | 'education' | 'trades' | 'language';

export interface SkillHit {
  id: string;
  label: string;
  from: number;
  to: number;
}

export interface ProfileSkill {
  label: string;
  ids: string[];
  phrases: string[][];
}

// ---------------------------------------------------------------------------------------------
// Vocabulary: "Label|alias|alias", one line a skill. The label is an alias too.

const TECH: readonly string[] = [
  // Languages
  'JavaScript|=?JS|ECMAScript|ES6|ES2015|vanilla JS|vanilla JavaScript',
  'TypeScript|=?TS',
  'Python|Python3|Python 3',
  'Java|Java EE|Java SE|J2EE|Jakarta EE|Java 8|Java 11|Java 17|Java 21',
  'Kotlin',
  '?Swift|Swift 5',
  '*Objective-C|ObjC|Obj-C',
  '=!C|C language|ANSI C|C programming|embedded C|C99|C11',
  'C++|CPP|C++11|C++14|C++17|C++20|modern C++',
  'C#|CSharp|C sharp',
  'F#',
  '?Go|Golang|Go lang|Go language',
  '^Rust',
  '!Ruby',
  'PHP|PHP 8',
  'Scala',
  '^Elixir',
  'Erlang',
  'Haskell',
  'Clojure',
  'OCaml',
  '?Dart',
  '?Lua',
  'Perl',
  '=!R|R programming|R language|RStudio|tidyverse|ggplot2|dplyr|R Shiny',
  '!Julia|Julia language',
  'MATLAB|Simulink',
  '!Bash|bash scripting|shell scripting|shell script|shell scripts|zsh',
  'PowerShell',
  'SQL|structured query language|ANSI SQL',
  'HTML|HTML5',
  'CSS|CSS3|CSS-in-JS',
  'Sass|SCSS',
  'Solidity|smart contracts|Web3|blockchain',
  'COBOL',
  'Fortran',
  '!Assembly|assembly language|!assembler|x86 assembly',
  '!Groovy',
  '*Visual Basic|VB.NET|VB6',
  'VBA|Excel VBA',
  'ABAP|SAP ABAP',
  '!Apex|Salesforce Apex',
  'WebAssembly|Wasm',
  // Frontend
  '^React|ReactJS|React.js|React JS|React 18|React hooks',
  '*React Native',
  'Next.js|NextJS|Next JS',
  'Vue.js|Vue|VueJS|Vue 3',
  'Nuxt|Nuxt.js|NuxtJS',
  '^Angular|AngularJS|Angular.js',
  'Svelte|SvelteKit',
  '!Ember|Ember.js|EmberJS',
  'jQuery',
  'Redux|Redux Toolkit',
  'Tailwind CSS|^Tailwind|TailwindCSS',
  '!Bootstrap|Twitter Bootstrap',
  'Three.js|ThreeJS',
  'D3.js|=!D3',
  'WebGL',
  'RxJS',
  'Micro-frontends|microfrontends|micro frontends|micro-frontend',
  'Progressive web apps|=PWA|PWAs|progressive web app',
  'Server-side rendering|=SSR|server side rendering',
  'Web performance|Core Web Vitals|web vitals|page speed|frontend performance|^Lighthouse|performance optimisation|performance optimization',
  'Webpack',
  '^Vite',
  '!Babel',
  '^Storybook',
  'WordPress',
  'Shopify|Shopify Plus',
  'Magento|Adobe Commerce',
  // Backend
  'Node.js|NodeJS|=!Node|Node JS',
  '!Express|Express.js|ExpressJS',
  'NestJS|Nest.js',
  'Deno',
  'Django|Django REST Framework|=DRF',
  '^Flask',
  'FastAPI',
  'Spring Boot|!Spring|Spring Framework|Spring MVC|Spring Cloud',
  '^Hibernate|JPA',
  '@.NET|dotnet|@.NET Core|ASP.NET|ASP.NET Core|@.NET Framework|@.NET 6|@.NET 8',
  'Entity Framework',
  'Ruby on Rails|=RoR|!Rails',
  'Laravel',
  'Symfony',
  'GraphQL|Apollo GraphQL',
  'REST APIs|REST API|RESTful|RESTful APIs|=REST|REST services|RESTful services',
  'gRPC|protobuf|Protocol Buffers',
  'WebSockets|WebSocket',
  'Microservices|microservice|microservice architecture|microservices architecture|microservicios|microsserviços|Microservice-Architektur',
  '^Kafka|Apache Kafka|Kafka Streams',
  'RabbitMQ',
  'Event-driven architecture|event driven architecture|event sourcing|CQRS',
  'Distributed systems|systèmes distribués|sistemas distribuidos|verteilte Systeme|sistemas distribuídos',
  'System design|systems design|software architecture|architecture logicielle|arquitectura de software|Softwarearchitektur|arquitetura de software',
  // Testing
  '^Jest',
  'Vitest',
  '^Cypress',
  '^Playwright',
  'Selenium|Selenium WebDriver|WebDriver',
  '^Puppeteer',
  '!Mocha|Chai',
  'JUnit|JUnit 5|Mockito',
  'pytest',
  'TestNG',
  '!Cucumber|Gherkin',
  'Appium',
  'JMeter|Apache JMeter|Gatling|k6',
  'Postman',
  'Unit testing|unit tests|unit test|Unit-Tests|tests unitaires|pruebas unitarias|testes unitários',
  'Test automation|automated testing|automation testing|automated tests|tests automatisés|automatisation des tests|automatización de pruebas|pruebas automatizadas|Testautomatisierung|automatisierte Tests|automação de testes|testes automatizados',
  'End-to-end testing|E2E testing|=E2E|end-to-end tests|E2E tests|end to end testing',
  'Regression testing|regression tests',
  'TDD|test-driven development|test driven development',
  'BDD|behavior-driven development|behaviour-driven development|behavior driven development',
  'Manual testing|manual QA|tests manuels|pruebas manuales|manuelles Testen|testes manuais',
  'Performance testing|load testing|stress testing|tests de charge|pruebas de carga|pruebas de rendimiento|Lasttests|Performancetests|testes de carga|testes de performance',
  'Quality assurance|=QA|software testing|assurance qualité|aseguramiento de la calidad|Qualitätssicherung|garantia de qualidade|Softwaretests',
  // Cloud and DevOps
  'AWS|Amazon Web Services|EC2|=S3|ECS|EKS',
  'Azure|Microsoft Azure|Azure DevOps',
  'Google Cloud|GCP|Google Cloud Platform|GKE',
  'Kubernetes|K8s|OpenShift',
  'Docker|Docker Compose|containerisation|containerization',
  'Terraform|Terragrunt',
  'Ansible',
  '!Helm|Helm charts',
  'CI/CD|CICD|continuous integration|continuous delivery|continuous deployment|intégration continue|déploiement continu|integración continua|despliegue continuo|kontinuierliche Integration|integração contínua|entrega contínua',
  '!Jenkins',
  'GitHub Actions',
  'GitLab CI|GitLab CI/CD|GitLab',
  'CircleCI',
  'Argo CD|ArgoCD',
  '^Prometheus',
  'Grafana',
  'Datadog',
  'Elasticsearch|Elastic Stack|=ELK|ELK stack|OpenSearch|Kibana|Logstash',
  'Splunk',
  'Linux|Unix|Ubuntu|RHEL|Red Hat Enterprise Linux|Debian|CentOS',
  'Nginx|Apache HTTP Server',
  'Serverless|serverless architecture',
  'AWS Lambda|!Lambda|Lambda functions',
  'CloudFormation|AWS CDK',
  'Pulumi',
  'Site reliability engineering|=SRE',
  'Observability|OpenTelemetry|distributed tracing',
  'Istio|service mesh|Envoy',
  'DevOps|DevSecOps',
  'Infrastructure as code|=IaC',
  'Git|GitHub|version control|Bitbucket|Gitflow',
  '!Vault|HashiCorp Vault',
  'Network engineering|TCP/IP|Cisco|CCNA|CCNP|routing and switching|BGP|OSPF|DNS',
  'Virtualization|VMware|vSphere|Hyper-V|virtualisation',
  // Databases
  'PostgreSQL|Postgres|Postgre|PostGIS',
  'MySQL',
  'MariaDB',
  'SQL Server|MSSQL|Microsoft SQL Server|T-SQL|TSQL|Transact-SQL',
  '^Oracle|Oracle Database|Oracle DB|PL/SQL|=PLSQL',
  'MongoDB|^Mongo',
  'Redis',
  '^Cassandra|Apache Cassandra|ScyllaDB',
  'DynamoDB',
  'SQLite',
  'Neo4j|graph databases|Cypher',
  'Firebase|Firestore',
  'Supabase',
  'NoSQL',
  '^Snowflake',
  'BigQuery|Google BigQuery',
  'Redshift|Amazon Redshift',
  'Databricks|Delta Lake',
  'Teradata',
  // Data and machine learning
  'pandas',
  'NumPy',
  'SciPy',
  'scikit-learn|sklearn|scikit learn|scikit',
  'TensorFlow|TFX',
  'PyTorch|PyTorch Lightning',
  'Keras',
  '=JAX',
  'XGBoost|LightGBM|CatBoost|gradient boosting|gradient boosted trees',
  'Statistics|statistical analysis|statistical modelling|statistical modeling|applied statistics|statistique|statistiques|estadística|estatística|Statistik|statistische Analyse|inferential statistics|hypothesis testing',
  'A/B testing|A/B tests|A/B test|AB testing|AB tests|split testing|experimentation|multivariate testing|online experiments|online experimentation|controlled experiments|tests A/B|test A/B|pruebas A/B|experimentos A/B|testes A/B|teste A/B|A/B-Tests|A/B-Testing|Experimentieren|sequential testing|CUPED',
  'Causal inference|causal modelling|causal modeling|causal analysis|inférence causale|inferencia causal|inferência causal|kausale Inferenz|Kausalanalyse|difference-in-differences|synthetic control|synthetic controls|instrumental variables|propensity score matching',
  'Uplift modelling|uplift modeling|uplift models|incrementality',
  'Bayesian statistics|Bayesian inference|Bayesian modelling|Bayesian modeling|Bayesian methods|Bayesian analysis|Bayesian models|Bayesian A/B testing|statistique bayésienne|inférence bayésienne|estadística bayesiana|inferencia bayesiana|estatística bayesiana|inferência bayesiana|Bayes-Statistik|bayessche Statistik',
  'PyMC|PyMC3|PyMC4',
  '=!Stan|Stan language|Stan models',
  'Forecasting|demand forecasting|time series forecasting|sales forecasting|prévision|prévisions|pronóstico|pronósticos|previsión de la demanda|previsão|previsão de demanda|Prognose|Prognosen|Absatzprognose|Prophet',
  'Time series|time-series analysis|time series analysis|séries temporelles|series temporales|series de tiempo|séries temporais|Zeitreihenanalyse|Zeitreihen',
  'Machine learning|=ML|apprentissage automatique|aprendizaje automático|aprendizado de máquina|aprendizagem automática|maschinelles Lernen|Machine-Learning|statistical learning',
  'Deep learning|neural networks|neural network|apprentissage profond|aprendizaje profundo|aprendizado profundo|Deep-Learning|neuronale Netze|redes neuronales|réseaux de neurones|redes neurais',
  'Artificial intelligence|=AI|intelligence artificielle|inteligencia artificial|inteligência artificial|künstliche Intelligenz|=KI|=IA',
  'NLP|natural language processing|=PLN|=TALN|traitement automatique du langage|traitement du langage naturel|procesamiento del lenguaje natural|processamento de linguagem natural|Verarbeitung natürlicher Sprache|text mining',
  'Computer vision|vision par ordinateur|visión por computador|visión por computadora|visión artificial|visão computacional|Bildverarbeitung|maschinelles Sehen|image recognition|object detection|image classification',
  'LLMs|LLM|large language models|large language model|generative AI|GenAI|gen AI|IA générative|IA generativa|generative KI|prompt engineering|fine-tuning LLMs',
  '=RAG|retrieval-augmented generation|retrieval augmented generation|vector databases|vector search',
  'MLOps|ML Ops|model deployment|model serving|MLflow|Kubeflow',
  'Feature engineering|feature stores|feature store',
  '=dbt|data build tool',
  '^Airflow|Apache Airflow|Dagster|Prefect',
  '^Spark|Apache Spark|PySpark|Spark SQL',
  '^Flink|Apache Flink',
  'Hadoop|HDFS|MapReduce',
  '!Hive|Apache Hive',
  '^Tableau',
  'Power BI|PowerBI|=DAX|Power Query',
  '^Looker|Looker Studio|Google Data Studio|LookML',
  'Metabase',
  '!Superset|Apache Superset',
  'ETL|=ELT|data pipelines|data pipeline|ETL pipelines|ETL/ELT|Fivetran|Airbyte',
  'Data modeling|data modelling|dimensional modeling|dimensional modelling|modélisation des données|modelado de datos|Datenmodellierung|modelagem de dados|star schema|Kimball',
  'Data warehousing|data warehouse|=DWH|entrepôt de données|almacén de datos|Data-Warehouse|armazém de dados|data lake|lakehouse',
  '=?SAS|SAS programming|SAS Enterprise Guide|Base SAS',
  'SPSS|IBM SPSS',
  'Stata',
  'Jupyter|Jupyter notebooks|JupyterLab',
  'Hugging Face|HuggingFace|!Transformers',
  'LangChain|LlamaIndex',
  'OpenCV',
  'CUDA|GPU programming',
  'TensorRT',
  'ONNX|ONNX Runtime',
  'Recommender systems|recommendation systems|recommendation engines|recommender system|recommendation engine|systèmes de recommandation|sistemas de recomendación|sistemas de recomendação|Empfehlungssysteme',
  'Reinforcement learning|apprentissage par renforcement|aprendizaje por refuerzo|aprendizado por reforço|bestärkendes Lernen',
  'Econometrics|économétrie|econometría|econometria|Ökonometrie',
  'Survival analysis|churn modelling|churn modeling|churn prediction',
  'Data visualization|data visualisation|data viz|dataviz|visualisation de données|visualisation des données|visualización de datos|visualização de dados|Datenvisualisierung',
  'Regression analysis|linear regression|logistic regression|regression models|régression linéaire|regresión lineal|regressão linear',
  'Data analysis|data analytics|analyse de données|analyse des données|análisis de datos|análise de dados|Datenanalyse',
  'Data science|science des données|ciencia de datos|ciência de dados|Data-Science',
  'Big data',
  'Data engineering|ingénierie des données|ingeniería de datos|engenharia de dados|Data-Engineering',
  'Data governance|data quality|gouvernance des données|qualité des données|gobierno de datos|calidad de datos|governança de dados|Datenqualität|Data-Governance',
  'Operations research|mathematical optimization|mathematical optimisation|linear programming|integer programming|recherche opérationnelle|investigación operativa|investigación de operaciones|pesquisa operacional|Operations-Research',
  'GIS|ArcGIS|QGIS|geospatial analysis|SIG|=SIG',
  'Quantitative analysis|quantitative modelling|quantitative modeling|quant research',
  // Security
  "Penetration testing|pentesting|pen testing|pentest|pentests|ethical hacking|tests d'intrusion|test d'intrusion|pruebas de penetración|Penetrationstests|Penetrationstest|testes de invasão|teste de invasão",
  'SIEM|Microsoft Sentinel|QRadar',
  '=SOC|security operations center|security operations centre|security operations',
  'OWASP|OWASP Top 10',
  'Identity and access management|=IAM|identity management|Okta|=SSO|single sign-on|OAuth|OAuth2|OpenID Connect|Keycloak',
  'CISSP',
  'OSCP',
  'CEH|Certified Ethical Hacker',
  'CompTIA Security+|Security+',
  'CISM',
  'ISO 27001|ISO/IEC 27001|ISO27001',
  'Threat modeling|threat modelling',
  'Incident response|réponse aux incidents|respuesta a incidentes|resposta a incidentes',
  'Vulnerability management|vulnerability assessment|vulnerability scanning|gestion des vulnérabilités|gestión de vulnerabilidades|Schwachstellenmanagement',
  'Zero trust',
  'Burp Suite',
  'Nessus|Qualys',
  'Wireshark',
  'Cryptography|encryption|cryptographie|criptografía|criptografia|Kryptographie|Kryptografie|PKI',
  'Network security|sécurité réseau|seguridad de redes|Netzwerksicherheit|segurança de redes|firewalls',
  'Cloud security|sécurité cloud|seguridad en la nube|Cloud-Sicherheit',
  'Cybersecurity|cyber security|information security|infosec|cybersécurité|sécurité informatique|ciberseguridad|seguridad informática|cibersegurança|segurança da informação|IT-Sicherheit|Informationssicherheit',
  // Mobile
  'iOS|iOS development|iPadOS',
  'Android|Android development|Android SDK|Android Studio',
  'Mobile development|mobile apps|mobile app development|mobile applications|développement mobile|applications mobiles|desarrollo móvil|aplicaciones móviles|desenvolvimento mobile|aplicativos móveis|App-Entwicklung',
  'Flutter',
  'SwiftUI',
  'UIKit',
  'Jetpack Compose',
  'Xamarin|.NET MAUI',
  '^Ionic|Capacitor',
  '^Electron',
  // Embedded and hardware
  'Embedded systems|embedded software|systèmes embarqués|logiciel embarqué|sistemas embebidos|sistemas embarcados|eingebettete Systeme|Embedded-Systeme|Embedded Software|Embedded-Software',
  'RTOS|FreeRTOS|real-time operating systems|real-time operating system|Zephyr RTOS|VxWorks',
  'Embedded Linux|Yocto|Buildroot',
  'Firmware|firmware development|développement firmware|Firmware-Entwicklung',
  'Microcontrollers|microcontroller|=MCU|MCUs|STM32|ARM Cortex|Cortex-M|AVR|ESP32|Arduino|microcontrôleurs|microcontroladores|Mikrocontroller',
  'AUTOSAR',
  'CAN bus|CAN-Bus|=!CAN|CANopen|LIN bus',
  'FPGA|FPGAs',
  'VHDL',
  'Verilog|SystemVerilog',
  'PCB design|PCB layout|Altium|Altium Designer|KiCad|Eagle PCB|schematic capture',
  'Robotics|ROS|ROS2|robotique|robótica|Robotik',
  'Game development|Unity3D|Unity 3D|?Unity|Unreal Engine|=!Unreal|Godot|game engines',
];

const DESIGN: readonly string[] = [
  'Figma|FigJam|Figma variables|Figma prototyping',
  '^Sketch|Sketch app',
  'Adobe XD|=!XD',
  'Photoshop|Adobe Photoshop',
  'Adobe Illustrator|!Illustrator',
  'InDesign|Adobe InDesign',
  'After Effects|Adobe After Effects',
  'Premiere Pro|Adobe Premiere|Adobe Premiere Pro',
  'Adobe Creative Suite|Adobe Creative Cloud|Adobe CC|Creative Cloud|Adobe Suite|suite Adobe',
  '^Framer',
  'InVision',
  '?Miro|Mural board|MURAL',
  'ProtoPie|Axure|Axure RP|Balsamiq|Principle app',
  'Prototyping|prototypes|rapid prototyping|prototypage|prototipado|prototipos|prototipagem|protótipos|Prototypen|Prototyping',
  'Wireframing|wireframes|wireframe|mockups|mock-ups|maquettage|maquettes|bocetos|wireframes de baja fidelidad',
  'User research|UX research|design research|recherche utilisateur|recherche UX|investigación de usuarios|investigación UX|investigación con usuarios|Nutzerforschung|UX-Research|User Research|pesquisa com usuários|pesquisa de usuário|pesquisa com usuário|pesquisa UX|user interviews|entretiens utilisateurs|customer interviews|contextual inquiry|diary studies|research ops|ResearchOps',
  "Usability testing|user testing|usability tests|usability studies|usability study|tests utilisateurs|tests d'utilisabilité|tests utilisateur|pruebas de usabilidad|pruebas con usuarios|test de usabilidad|Usability-Tests|Usability-Testing|Nutzertests|testes de usabilidade|testes com usuários|teste de usabilidade",
  "Interaction design|=IxD|design d'interaction|design d'interactions|diseño de interacción|diseño de interacciones|Interaktionsdesign|Interaction Design|design de interação",
  'Service design|service blueprint|service blueprints|service blueprinting|design de services|design de service|diseño de servicios|Servicedesign|Service-Design|design de serviços|design de serviço',
  'Design systems|design system|component library|component libraries|design tokens|système de design|systèmes de design|sistema de diseño|sistemas de diseño|Designsystem|Designsysteme|Design-System|Design-Systeme|sistema de design|sistemas de design',
  "Information architecture|architecture de l'information|arquitectura de información|arquitectura de la información|Informationsarchitektur|arquitetura da informação|arquitetura de informação|card sorting|tree testing",
  'Visual design|design visuel|diseño visual|visuelles Design|design visual|UI visual design',
  "UI design|user interface design|interface design|=UI|UI/UX|design d'interface|design d'interfaces|conception d'interface|diseño de interfaces|diseño de interfaz|diseño UI|UI-Design|design de interface|design de interfaces|high-fidelity UI|high fidelity mockups",
  'UX design|user experience design|user experience|=UX|UX/UI|UI/UX|expérience utilisateur|conception UX|design UX|experiencia de usuario|experiencia del usuario|diseño UX|experiência do usuário|experiência do utilizador|design de experiência|Nutzererlebnis|UX-Design|User Experience|UX Design',
  'Design thinking|pensée design|pensamiento de diseño|Design Thinking',
  'Accessibility|a11y|WCAG|WCAG 2.1|WCAG 2.2|web accessibility|digital accessibility|accessible design|inclusive design|screen readers|screen reader|=ARIA|accessibilité|accessibilité numérique|RGAA|accesibilidad|accesibilidad web|Barrierefreiheit|barrierefrei|barrierefreies Design|BITV|acessibilidade|acessibilidade digital|Section 508',
  'Journey mapping|customer journey mapping|user journey mapping|user journeys|user journey|customer journeys|customer journey|journey maps|journey map|experience mapping|parcours utilisateur|parcours client|mapa de experiencia|viaje del cliente|jornada do usuário|jornada do cliente',
  'User personas|!personas|persona development|proto-personas',
  "Workshop facilitation|facilitation|facilitating workshops|facilitated workshops|design sprints|design sprint|animation d'ateliers|facilitation d'ateliers|facilitación de talleres|facilitación|Workshop-Moderation|Workshopmoderation|facilitação de workshops|facilitação",
  'Typography|typographie|tipografía|tipografia|Typografie',
  'Branding|brand identity|visual identity|identité visuelle|identité de marque|identidad visual|identidad de marca|identidade visual|Corporate Design|brand design|logo design',
  'Motion design|motion graphics|Motion-Design|diseño de movimiento|animation design|UI animation|micro-interactions|microinteractions',
  'Illustration|illustrations|digital illustration|ilustración|ilustração|Illustrationen',
  '3D modeling|3D modelling|3D design|modélisation 3D|modelado 3D|modelagem 3D|3D-Modellierung|3D rendering|rendu 3D',
  '^Blender',
  'Cinema 4D|=C4D',
  'Autodesk Maya|!Maya',
  'UX writing|microcopy|content design|UX-Writing|rédaction UX|escritura UX',
  'DesignOps|design ops|design operations',
  'Human-centered design|human-centred design|user-centered design|user-centred design|=HCD|=UCD|conception centrée utilisateur|conception centrée sur l’utilisateur|diseño centrado en el usuario|diseño centrado en las personas|nutzerzentriertes Design|nutzerzentrierte Gestaltung|design centrado no usuário|design centrado no usuario',
  'Heuristic evaluation|heuristic analysis|heuristic review|UX audit|UX audits|expert review|audit UX',
  'Responsive design|responsive web design|mobile-first design|mobile first design|diseño responsive|design responsivo',
  'Art direction|direction artistique|dirección de arte|direção de arte|Art Direction',
  'Editorial design|print design|packaging design|mise en page|diseño editorial|Editorial Design|design editorial|Printdesign',
  'Canva',
  'Video editing|montage vidéo|edición de vídeo|edición de video|Videoschnitt|edição de vídeo|Final Cut Pro|DaVinci Resolve',
  'Product design|product designer skills|conception produit|diseño de producto|design de produto|Produktdesign',
  'Design critique|design critiques|design reviews',
];

const CLINICAL: readonly string[] = [
  'Critical care|ICU|ICUs|intensive care|intensive care unit|MICU|SICU|CVICU|CCU|CTICU|Neuro ICU|NeuroICU|TICU|critical care nursing|soins intensifs|réanimation|service de réanimation|cuidados intensivos|medicina intensiva|unidad de cuidados intensivos|=UCI|terapia intensiva|unidade de terapia intensiva|de UTI|na UTI|em UTI|da UTI|UTI adulto|UTI geral|UTI coronariana|Intensivstation|Intensivpflege|Intensivmedizin|intensivmedizinische Pflege',
  'CCRN|CCRN certification|CCRN certified',
  'ACLS|advanced cardiac life support|advanced cardiovascular life support',
  'BLS|basic life support|CPR|=RCP|soporte vital básico|suporte básico de vida|BLS certification',
  '=PALS|pediatric advanced life support|paediatric advanced life support',
  'NRP|neonatal resuscitation program|neonatal resuscitation',
  'TNCC|trauma nursing core course|ENPC',
  'PCCN',
  '=CEN|certified emergency nurse',
  'CNOR',
  'OCN',
  'CMSRN',
  'Telemetry|=?tele|telemetry monitoring|cardiac monitoring|télémétrie|telemetría|telemetria|Telemetrie|Monitorüberwachung',
  'Progressive care|=PCU|step-down unit|stepdown unit|step-down|stepdown|intermediate care|soins continus|cuidados intermedios|Intermediate Care',
  'Ventilator management|mechanical ventilation|ventilator|ventilators|vent management|ventilated patients|ventilation mécanique|ventilación mecánica|Beatmung|maschinelle Beatmung|Beatmungspflege|ventilação mecânica|airway management',
  'CRRT|continuous renal replacement therapy|CVVH|CVVHDF|épuration extra-rénale|terapia de reemplazo renal continua|Nierenersatztherapie',
  'ECMO|extracorporeal membrane oxygenation',
  'Triage|triaje|triagem|Ersteinschätzung|Manchester triage',
  'Wound care|wound management|wound vac|soins des plaies|soin des plaies|plaies et cicatrisation|curación de heridas|cuidado de heridas|cura de heridas|Wundversorgung|Wundmanagement|Wundpflege|curativos|tratamento de feridas|WOCN',
  '?Epic|Epic EHR|Epic EMR|Epic Systems|EpicCare|Epic charting|Epic Hyperspace',
  'Cerner|Oracle Cerner|Cerner PowerChart',
  'Meditech|MEDITECH Expanse',
  'Electronic health records|=EHR|=EMR|EHRs|EMRs|electronic medical records|electronic health record|electronic medical record|dossier patient informatisé|dossier médical informatisé|dossier patient|historia clínica electrónica|prontuário eletrônico|elektronische Patientenakte|Allscripts|athenahealth|eClinicalWorks',
  'IV therapy|IV insertion|IV starts|IV placement|peripheral IV|=PIV|IV access|intravenous therapy|PICC|PICC lines|PICC line|canalización de vías|canalización venosa|Venenzugang|acesso venoso|pose de voie veineuse',
  'Phlebotomy|venipuncture|blood draws|blood draw|prélèvements sanguins|prise de sang|extracción de sangre|Blutentnahme|Blutentnahmen|flebotomia|punção venosa|coleta de sangue',
  'Medication administration|med administration|med pass|administration des médicaments|administration de médicaments|administración de medicamentos|Medikamentengabe|Medikamentenverabreichung|administração de medicamentos',
  'Patient assessment|physical assessment|head-to-toe assessment|head to toe assessment|nursing assessment|évaluation clinique infirmière|valoración de enfermería|pflegerische Einschätzung|avaliação de enfermagem',
  'Sepsis protocols|sepsis|sepsis management|sepsis bundles|sepsis bundle|sepsis protocol|septic shock|choc septique|shock séptico|sepse|Sepsis',
  'Vasoactive drips|vasoactive drip|vasoactive infusions|vasoactive medications|vasoactive titration|vasoactive drip titration|vasopressors|vasopressor|pressors|titrating drips|drip titration|titratable drips|amines vasopressives|drogas vasoactivas|fármacos vasoactivos|Katecholamine|Katecholamintherapie|drogas vasoativas',
  'Hemodynamic monitoring|haemodynamic monitoring|arterial lines|arterial line|art lines|central lines|central line|Swan-Ganz|PA catheters|invasive monitoring|monitorage hémodynamique|monitorización hemodinámica|hämodynamisches Monitoring|monitorização hemodinâmica',
  'IABP|intra-aortic balloon pump|Impella|LVAD',
  'Precepting|preceptor|preceptors|preceptorship|precept|precepted|preceptoring|orienting new nurses|orienting new grads|tutorat infirmier|tutorat des étudiants|tutoría de enfermería|tutorización|Praxisanleitung|Praxisanleiter|Praxisanleiterin|preceptoria',
  'Patient education|patient teaching|health education|éducation thérapeutique|éducation du patient|éducation à la santé|educación al paciente|educación sanitaria|educación para la salud|Patientenedukation|Patientenschulung|Patientenberatung|educação do paciente|educação em saúde',
  'Medical-surgical nursing|med-surg|med surg|medical-surgical|medical surgical|medsurg',
  'Labor and delivery|=?L&D|labour and delivery|obstetrics|obstetric nursing|obstétrique|obstetricia|obstetrícia|Geburtshilfe|salle de naissance|sala de partos|Kreißsaal',
  'Neonatal intensive care|NICU|neonatal nursing|néonatologie|réanimation néonatale|neonatología|neonatologia|Neonatologie|UTIN|UCIN|=UCIN',
  'Pediatric critical care|PICU|pediatric intensive care|paediatric intensive care|réanimation pédiatrique|cuidados intensivos pediátricos|UTI pediátrica|Kinderintensivstation',
  'Pediatrics|paediatrics|pediatric nursing|paediatric nursing|pédiatrie|pediatría|pediatria|Pädiatrie|Kinderkrankenpflege',
  'Oncology|oncology nursing|chemotherapy|chemo administration|oncologie|oncología|oncologia|Onkologie|quimioterapia|chimiothérapie|Chemotherapie',
  'Perioperative nursing|=!OR|operating room|operating theatre|operating theater|theatre nursing|perioperative|periop|scrub nurse|circulating nurse|circulator|bloc opératoire|quirófano|instrumentación quirúrgica|OP-Pflege|Operationsdienst|centro cirúrgico|instrumentação cirúrgica',
  'Post-anesthesia care|=PACU|post-anaesthesia care|post anesthesia care|recovery room|salle de réveil|=SSPI|=URPA|sala de recuperación|Aufwachraum|sala de recuperação',
  'Emergency nursing|=!ER|=!ED|emergency department|emergency room|=A&E|urgences|service des urgences|urgencias|servicio de urgencias|Notaufnahme|Notfallpflege|pronto-socorro|pronto socorro|emergency care',
  'Cardiac care|cardiology|cardiac nursing|cath lab|cardiac catheterization|cardiac cath lab|cardiologie|cardiología|cardiologia|Kardiologie|Herzkatheterlabor|cardiac surgery|chirurgie cardiaque',
  'Stroke care|NIHSS|stroke unit|neuro nursing|neurology|neurologie|neurología|neurologia|Neurologie|Stroke Unit|unité neuro-vasculaire',
  'Dialysis|hemodialysis|haemodialysis|peritoneal dialysis|dialyse|hémodialyse|diálisis|hemodiálisis|diálise|hemodiálise|Dialyse',
  'Home health|home healthcare|home care|home health care|home care nursing|soins à domicile|hospitalisation à domicile|atención domiciliaria|ayuda a domicilio|ambulante Pflege|häusliche Pflege|atendimento domiciliar|home care',
  'Palliative care|hospice|end-of-life care|end of life care|soins palliatifs|cuidados paliativos|Palliativpflege|Palliativmedizin|Hospiz',
  'Mental health|psychiatric nursing|behavioral health|behavioural health|psychiatry|psych nursing|santé mentale|psychiatrie|salud mental|psiquiatría|psiquiatria|saúde mental|Psychiatrie|psychische Gesundheit',
  'Infection control|infection prevention|prévention des infections|hygiène hospitalière|control de infecciones|prevención de infecciones|Krankenhaushygiene|Infektionsprävention|controle de infecção|prevenção de infecções',
  'ECG interpretation|=EKG|=ECG|12-lead|12-lead ECG|12-lead EKG|EKG interpretation|rhythm interpretation|électrocardiogramme|electrocardiograma|eletrocardiograma|Elektrokardiogramm',
  'NCLEX|NCLEX-RN',
  '=BSN|Bachelor of Science in Nursing',
  '=MSN|Master of Science in Nursing',
  'Compact license|multistate license|multi-state license|=NLC|compact nursing license|compact state license|multistate compact license',
  'HIPAA',
  'Pyxis|Omnicell|automated dispensing cabinets',
  "Registered nurse|=RN|=RNs|registered nurses|RN license|RN licence|enfermera registrada|enfermero registrado|enfermera titulada|enfermero titulado|enfermera colegiada|infirmière autorisée|infirmier autorisé|infirmière diplômée d'État|infirmier diplômé d'État|=IDE|examinierte Pflegefachkraft|examinierte Krankenschwester|examinierter Gesundheits- und Krankenpfleger|enfermeiro registrado|=COREN",
  'Nursing assistant certification|=CNA|certified nursing assistant|certified nurse aide|State Tested Nursing Assistant|=STNA',
  'Rapid response|rapid response team|code blue|code team',
  'Trauma care|trauma nursing|trauma center|trauma centre|Level I trauma|traumatologie|traumatología|traumatologia|Unfallchirurgie',
  'Geriatrics|geriatric care|gerontology|elderly care|aged care|care of older people|gériatrie|gérontologie|geriatría|gerontología|geriatria|Altenpflege|Geriatrie',
  'Case management|care coordination|discharge planning|utilization review|gestion de cas|coordinación de cuidados|Entlassmanagement',
  'Internal medicine|médecine interne|medicina interna|Innere Medizin',
  'Family medicine|general practice|primary care|médecine générale|medicina familiar|medicina general|Allgemeinmedizin|medicina de família',
  "Emergency medicine|médecine d'urgence|medicina de urgencias|medicina de emergência|Notfallmedizin",
  'Anesthesiology|anaesthesia|anesthesia|anaesthetics|anesthésie|anesthésie-réanimation|anestesiología|anestesia|anestesiologia|Anästhesie|Anästhesiologie',
  'Radiology|medical imaging|radiologie|imagerie médicale|radiología|radiologia|Radiologie',
  'Surgery|general surgery|chirurgie|chirurgie générale|cirugía|cirugía general|cirurgia|Chirurgie|Allgemeinchirurgie',
  'Board certification|board certified|board-certified|board eligible|board-eligible',
  'USMLE',
  'Telehealth|telemedicine|télémédecine|telemedicina|Telemedizin|téléconsultation',
  'PharmD|Doctor of Pharmacy',
  'Compounding|sterile compounding|USP 797|USP 800|IV compounding|préparations magistrales|préparations stériles|formulación magistral|Rezeptur|Sterilherstellung|manipulação',
  'Medication therapy management|=MTM|medication reviews|medication review|bilan de médication|revisión de la medicación|Medikationsanalyse',
  'Pharmacovigilance|drug safety|farmacovigilancia|farmacovigilância|Pharmakovigilanz|Arzneimittelsicherheit',
  'Clinical pharmacy|pharmacie clinique|farmacia clínica|farmácia clínica|klinische Pharmazie',
  'Dispensing|medication dispensing|dispensation|dispensación|dispensação|Arzneimittelabgabe',
  'Immunizations|vaccinations|vaccination|immunization|immunisation|vacunación|vacinação|Impfungen',
  'Clinical research|clinical trials|essais cliniques|ensayos clínicos|klinische Studien|ensaios clínicos|ICH-GCP|Good Clinical Practice',
  'Physiotherapy|physical therapy|kinésithérapie|fisioterapia|Physiotherapie',
];

const BUSINESS: readonly string[] = [
  // Product and project work
  'Agile|agile methodologies|agile methodology|agile methods|méthodes agiles|méthodologie agile|metodologías ágiles|metodología ágil|metodologias ágeis|agile Methoden|agile Softwareentwicklung',
  'Scrum',
  'Kanban',
  'Jira|Atlassian Jira',
  '^Confluence',
  'Product management|gestion de produit|gestion produit|gestión de producto|gestão de produto|gestão de produtos|Produktmanagement',
  'Product strategy|stratégie produit|estrategia de producto|estratégia de produto|Produktstrategie',
  'Product discovery|discovery work|continuous discovery',
  'Roadmapping|product roadmap|product roadmaps|roadmap planning|feuille de route produit|hoja de ruta de producto|Roadmap-Planung',
  'OKRs|OKR|objectives and key results',
  'User stories|user story|histoires utilisateur|historias de usuario|histórias de usuário|User Stories',
  'Stakeholder management|gestion des parties prenantes|gestión de stakeholders|gestión de partes interesadas|Stakeholder-Management|Stakeholdermanagement|gestão de stakeholders|gestão de partes interessadas',
  'Project management|gestion de projet|gestion de projets|gestión de proyectos|gestão de projetos|gestão de projeto|Projektmanagement|Projektleitung|project planning|project delivery',
  'PMP|Project Management Professional',
  'PRINCE2',
  '=SAFe|Scaled Agile|Scaled Agile Framework',
  'Scrum Master certification|Certified ScrumMaster|Certified Scrum Master|=PSM|Professional Scrum Master|=PSPO',
  'Product analytics|Mixpanel|^Amplitude|Pendo|FullStory|Hotjar',
  'Change management|gestion du changement|conduite du changement|gestión del cambio|Change-Management|Veränderungsmanagement|gestão de mudanças|gestão da mudança',
  'Business analysis|requirements gathering|requirements analysis|requirements engineering|analyse fonctionnelle|análisis funcional|levantamiento de requisitos|Anforderungsanalyse|Anforderungsmanagement|análise de requisitos|levantamento de requisitos|=BPMN|process modelling|process modeling',
  'Six Sigma|Lean Six Sigma|Six Sigma Green Belt|Six Sigma Black Belt|Green Belt|Black Belt|=DMAIC',
  // Finance and accounting
  'IFRS|International Financial Reporting Standards|normes IFRS|=NIIF|IFRS 9|IFRS 15|IFRS 16|=IAS',
  'GAAP|US GAAP|U.S. GAAP|generally accepted accounting principles',
  'HGB|Handelsgesetzbuch|HGB-Bilanzierung',
  'SAP FI|SAP FICO|SAP FI/CO|SAP FI-CO|SAP Finance|SAP S/4HANA Finance|SAP FI CO',
  'SAP CO|SAP Controlling',
  'SAP S/4HANA|S/4HANA|S4HANA|SAP S4|SAP S/4',
  'SAP MM|SAP Materials Management',
  'SAP SD|SAP Sales and Distribution',
  '=SAP|SAP ERP|SAP R/3|SAP ECC|SAP Business One',
  'Oracle Financials|Oracle EBS|Oracle E-Business Suite|Oracle Fusion|Oracle ERP|Oracle Cloud ERP',
  'NetSuite|Oracle NetSuite',
  'QuickBooks',
  '^Xero',
  '!Sage|Sage 50|Sage X3|Sage Intacct|Sage 100',
  'DATEV',
  'Microsoft Dynamics|Dynamics 365|Dynamics NAV|Dynamics AX|Business Central|=D365',
  'ERP|ERP systems|ERP system|progiciel de gestion intégré|sistemas ERP|ERP-Systeme',
  'Financial modelling|financial modeling|Excel modelling|Excel modeling|financial models|financial model|three-statement model|3-statement model|three statement model|LBO modelling|LBO modeling|modélisation financière|modèles financiers|modelo financiero|modelos financieros|modelización financiera|modelado financiero|Finanzmodellierung|Finanzmodelle|modelagem financeira|modelo financeiro|modelos financeiros',
  '^Excel|Microsoft Excel|MS Excel|advanced Excel|Excel avancé|Excel avanzado|Excel avançado|spreadsheets|pivot tables|VLOOKUP|XLOOKUP|tableaux croisés dynamiques|tablas dinámicas|Pivot-Tabellen|tabelas dinâmicas',
  'CPA|Certified Public Accountant|CPA license|CPA licence|CPA candidate',
  'ACCA|ACCA qualified|ACCA qualification',
  'CFA|CFA charterholder|Chartered Financial Analyst|CFA Level',
  '=CMA|Certified Management Accountant',
  'CIMA|CIMA qualified',
  'Chartered Accountant|=ACA|ICAEW|ICAS|CPA Canada',
  'Expert-comptable|diplôme d’expertise comptable|DSCG|=DCG',
  'FRM|Financial Risk Manager',
  'Accounting|comptabilité|contabilidad|contabilidade|Buchhaltung|Rechnungswesen|bookkeeping|tenue de livres|teneduría de libros|escrituração contábil',
  'Financial accounting|comptabilité générale|contabilidad financiera|contabilidad general|Finanzbuchhaltung|Finanzbuchführung|contabilidade financeira|contabilidade geral|general accounting',
  'Management accounting|cost accounting|comptabilité analytique|contrôle de gestion|contabilidad de costes|contabilidad de costos|contabilidad de gestión|control de gestión|Kostenrechnung|Controlling|contabilidade de custos|controladoria|contabilidade gerencial',
  'Month-end close|month end close|month-end closing|month end closing|period-end close|financial close|year-end close|year end close|clôture mensuelle|clôture des comptes|clôtures mensuelles|clôture annuelle|cierre mensual|cierre contable|cierres contables|Monatsabschluss|Monatsabschlüsse|Jahresabschluss|Abschlusserstellung|fechamento mensal|fechamento contábil',
  'Financial consolidation|group consolidation|consolidated financial statements|consolidation comptable|consolidation des comptes|consolidación contable|consolidación de estados financieros|Konzernabschluss|Konsolidierung|consolidação contábil|consolidação de balanços',
  'Accounts payable|AP processing|comptabilité fournisseurs|cuentas por pagar|cuentas a pagar|Kreditorenbuchhaltung|contas a pagar',
  'Accounts receivable|comptabilité clients|cuentas por cobrar|cuentas a cobrar|Debitorenbuchhaltung|contas a receber|credit control',
  'General ledger|GL accounting|grand livre|libro mayor|Hauptbuch|Hauptbuchhaltung|razão contábil|razão geral',
  'Reconciliation|reconciliations|account reconciliation|account reconciliations|bank reconciliation|bank reconciliations|rapprochement bancaire|rapprochements bancaires|conciliación bancaria|conciliaciones bancarias|conciliaciones|Kontenabstimmung|Kontenabstimmungen|conciliação bancária|conciliações bancárias',
  'Budgeting|budget planning|budgeting and forecasting|budgétisation|élaboration budgétaire|élaboration du budget|presupuestación|elaboración de presupuestos|control presupuestario|Budgetierung|Budgetplanung|orçamentação|elaboração de orçamento|planejamento orçamentário',
  'FP&A|financial planning and analysis|FP and A|planification et analyse financière|planificación y análisis financiero',
  'Variance analysis|analyse des écarts|análisis de desviaciones|análisis de variaciones|Abweichungsanalyse|Abweichungsanalysen|análise de variações|análise de desvios',
  'Audit|auditing|external audit|internal audit|statutory audit|audit externe|audit interne|audit légal|commissariat aux comptes|auditoría|auditoría externa|auditoría interna|auditoria|auditoria externa|auditoria interna|Wirtschaftsprüfung|Abschlussprüfung|interne Revision',
  'Taxation|tax compliance|tax accounting|tax returns|tax preparation|corporate tax|indirect tax|tax advisory|fiscalité|fiscalité des entreprises|fiscalidad|asesoría fiscal|Steuerrecht|Steuerberatung|Steuererklärungen|tributação|direito tributário|contabilidade tributária|planejamento tributário',
  'VAT|=TVA|=IVA|Umsatzsteuer|=MwSt|sales tax|GST',
  'Transfer pricing|prix de transfert|precios de transferencia|Verrechnungspreise|preços de transferência',
  'Treasury|cash management|cash flow management|liquidity management|trésorerie|gestion de trésorerie|tesorería|gestión de tesorería|Treasury-Management|Liquiditätsmanagement|tesouraria|gestão de caixa',
  "Valuation|business valuation|company valuation|valuations|évaluation d'entreprise|évaluation d'entreprises|valoración de empresas|Unternehmensbewertung|avaliação de empresas|valuation de empresas",
  'DCF|discounted cash flow|DCF modelling|DCF modeling',
  '=M&A|mergers and acquisitions|mergers & acquisitions|fusions et acquisitions|fusions-acquisitions|fusiones y adquisiciones|Fusionen und Übernahmen|fusões e aquisições',
  'Due diligence|Due-Diligence|diligence raisonnable|debida diligencia',
  'Risk management|gestion des risques|gestion du risque|gestión de riesgos|gestión del riesgo|Risikomanagement|gestão de riscos|gestão de risco|enterprise risk management',
  'Credit risk|credit analysis|credit underwriting|underwriting|risque de crédit|analyse crédit|riesgo de crédito|análisis de crédito|Kreditrisiko|Kreditanalyse|risco de crédito|análise de crédito',
  'Market risk|risque de marché|riesgo de mercado|Marktrisiko|risco de mercado|=VaR|value at risk',
  'Basel III|Bâle III|Basilea III|Basel IV|Basel regulations',
  'Solvency II|Solvabilité II|Solvencia II',
  'AML|=KYC|anti-money laundering|anti money laundering|know your customer|AML/KYC|LCB-FT|lutte anti-blanchiment|lutte contre le blanchiment|prevención de blanqueo de capitales|prevención del blanqueo|=PLD|Geldwäscheprävention|Geldwäschebekämpfung|prevenção à lavagem de dinheiro|financial crime|sanctions screening',
  '^Bloomberg|Bloomberg Terminal|FactSet|Capital IQ|Refinitiv',
  'Financial reporting|reporting financier|informes financieros|información financiera|reporting financiero|Finanzberichterstattung|Finanzreporting|relatórios financeiros|financial statements|états financiers|estados financieros|estados contables|Jahresabschlüsse|demonstrações financeiras|demonstrações contábeis|management reporting|reporting de gestion',
  'Hyperion|Oracle Hyperion|OneStream|Anaplan|Adaptive Insights|Planful|Tagetik|CCH Tagetik',
  '=SOX|Sarbanes-Oxley|SOX compliance|internal controls|internal control|contrôle interne|control interno|controles internos|internes Kontrollsystem|=IKS',
  'Payroll|payroll processing|paie|gestion de la paie|nómina|nóminas|gestión de nóminas|Lohnabrechnung|Gehaltsabrechnung|Entgeltabrechnung|Lohnbuchhaltung|folha de pagamento|=ADP|ADP Workforce Now',
  "Investment banking|banque d'investissement|banca de inversión|Investmentbanking|Investment Banking|banco de investimento",
  'Private equity|venture capital|capital-investissement|capital-risque|capital privado|capital de riesgo|Beteiligungskapital|Wagniskapital|capital de risco',
  "Portfolio management|asset management|investment management|gestion de portefeuille|gestion d'actifs|gestión de carteras|gestión de activos|Portfoliomanagement|Vermögensverwaltung|Asset Management|gestão de portfólio|gestão de ativos|gestão de carteiras",
  'Financial planning|wealth management|financial advice|financial advisory|retirement planning|estate planning|gestion de patrimoine|conseil patrimonial|gestion de fortune|planificación financiera|gestión patrimonial|asesoramiento financiero|Vermögensberatung|Finanzplanung|Finanzberatung|planejamento financeiro|gestão de patrimônio|assessoria de investimentos|=CFP|Certified Financial Planner',
  'FINRA|Series 7|Series 66|Series 63|Series 65|FINRA licenses|FINRA licences',
  'Insurance|life insurance|P&C insurance|property and casualty|property & casualty|insurance sales|annuities|insurance licence|insurance license|life and health license|assurance vie|assurances de personnes|seguro de vida|seguros de vida|Lebensversicherung|Versicherungsvertrieb|Versicherungswesen|seguros de pessoas|corretagem de seguros',
  'Mortgage lending|mortgages|mortgage|loan origination|home loans|prêts immobiliers|crédit immobilier|hipotecas|préstamos hipotecarios|Baufinanzierung|Immobilienfinanzierung|crédito imobiliário|financiamento imobiliário',
  // Sales
  'Salesforce|SFDC|Salesforce CRM|Sales Cloud|Service Cloud|Salesforce.com|Salesforce Marketing Cloud',
  'CRM|customer relationship management|CRM software|CRM systems|gestion de la relation client|gestión de relaciones con clientes|gestión de clientes|Kundenbeziehungsmanagement|CRM-Systeme|gestão de relacionamento com o cliente',
  'B2B sales|B2B selling|B2B|vente B2B|ventes B2B|ventas B2B|venta B2B|B2B-Vertrieb|B2B Vertrieb|vendas B2B|business-to-business sales',
  'SaaS sales|B2B SaaS sales|SaaS selling|software sales|selling software|vente SaaS|vente de logiciels|ventas SaaS|venta de software|SaaS-Vertrieb|Softwarevertrieb|vendas SaaS|venda de software',
  'SaaS|software as a service|B2B SaaS|logiciel en tant que service',
  'Quota|quota attainment|quota carrying|quota-carrying|exceeded quota|over quota|quota achievement|hitting quota|sales targets|sales quotas|objectifs commerciaux|objectifs de vente|cuota de ventas|cuotas de venta|objetivos de venta|objetivos comerciales|Vertriebsziele|Umsatzziele|meta de vendas|metas de vendas|metas comerciais',
  'Pipeline management|pipeline generation|sales pipeline|pipeline building|building pipeline|gestion du pipeline|gestion du pipe|gestión del pipeline|gestión de pipeline|Pipeline-Management|Pipelinemanagement|gestão de pipeline|forecast accuracy',
  'Prospecting|prospection|prospection commerciale|outbound prospecting|prospección|prospección comercial|prospecção|prospecção de clientes|Neukundenakquise|Neukundengewinnung|Akquise|new business development|new logo acquisition|hunting',
  'Cold calling|cold calls|cold call|cold outreach|cold emailing|démarchage téléphonique|démarchage|phoning|llamadas en frío|llamadas en frio|Kaltakquise|Telefonakquise|ligações frias|prospecção ativa',
  'Lead generation|lead gen|demand generation|demand gen|génération de leads|génération de prospects|generación de leads|generación de demanda|generación de oportunidades|Leadgenerierung|Lead-Generierung|Lead-Generation|geração de leads|geração de demanda',
  'Account management|key account management|=KAM|strategic account management|client relationship management|gestion de comptes|gestion des comptes clés|gestion grands comptes|gestión de cuentas|gestión de cuentas clave|Key-Account-Management|Kundenbetreuung|Account Management|gestão de contas|gestão de contas-chave|gestão de grandes contas',
  'Enterprise sales|enterprise selling|enterprise accounts|ventes grands comptes|vente grands comptes|ventas enterprise|ventas corporativas|Enterprise-Vertrieb|Großkundenvertrieb|Großkundengeschäft|vendas enterprise|vendas corporativas',
  'Solution selling|consultative selling|value selling|value-based selling|vente consultative|vente de solutions|venta consultiva|venta de soluciones|lösungsorientierter Vertrieb|beratender Vertrieb|Lösungsvertrieb|venda consultiva|venda de soluções',
  'MEDDIC|MEDDPICC|MEDDICC',
  'SPIN selling|SPIN Selling',
  'Challenger sale|Challenger selling|Challenger Sales|Challenger methodology',
  'Negotiation|negotiating|negotiations|contract negotiation|contract negotiations|négociation|négociations|négociation commerciale|negociación|negociaciones|negociación comercial|Verhandlung|Verhandlungen|Verhandlungsführung|Verhandlungsgeschick|negociação|negociações',
  'HubSpot|HubSpot CRM|HubSpot Marketing Hub',
  'Pipedrive',
  'Salesloft|Outreach.io|Apollo.io',
  '!Gong|Gong.io|Chorus.ai',
  'ZoomInfo|Lusha|Cognism',
  'LinkedIn Sales Navigator|Sales Navigator',
  'Zoho CRM|Zoho',
  'Business development|biz dev|bizdev|développement commercial|développement des affaires|business developer|desarrollo de negocio|desarrollo de negocios|desarrollo comercial|Geschäftsentwicklung|Geschäftsfeldentwicklung|desenvolvimento de negócios|desenvolvimento comercial',
  'Upselling|upsell|cross-selling|cross-sell|cross selling|up-selling|upselling and cross-selling|vente additionnelle|ventes additionnelles|venta cruzada|ventas cruzadas|Cross-Selling|Up-Selling|venda cruzada|vendas adicionais',
  'Territory management|territory planning|gestion de secteur|gestion de territoire|gestión de territorio|gestión de zona|Gebietsmanagement|Gebietsbetreuung|gestão de território',
  'Channel sales|partner sales|channel partners|indirect sales|partner management|vente indirecte|ventes indirectes|ventas indirectas|ventas por canal|indirekter Vertrieb|Partnervertrieb|Partnermanagement|vendas indiretas|vendas por canais',
  'Inside sales|vente sédentaire|ventes sédentaires|ventas internas|venta interna|Innendienst|Vertriebsinnendienst|vendas internas',
  'Field sales|outside sales|vente terrain|ventes terrain|ventas de campo|venta de campo|Außendienst|Vertriebsaußendienst|vendas externas|venda externa',
  'Medical devices|medical device|medical device sales|medtech|med tech|capital equipment|capital equipment sales|surgical sales|orthopedic sales|orthopaedic sales|dispositifs médicaux|dispositivos médicos|Medizinprodukte|Medizintechnik|dispositivos médicos implantáveis',
  'Pharmaceutical sales|pharma sales|visite médicale|visita médica|Pharmavertrieb|Pharmaaußendienst|propaganda médica|representação farmacêutica',
  'Customer success|customer success management|succès client|éxito del cliente|Customer Success|sucesso do cliente|customer retention|renewals',
  'Retail sales|retail experience|retail management|vente au détail|vente en magasin|venta minorista|venta al por menor|venta al detalle|Einzelhandel|Verkauf im Einzelhandel|varejo|vendas no varejo|visual merchandising|merchandising',
  // Marketing
  'SEO|search engine optimisation|search engine optimization|référencement naturel|référencement SEO|posicionamiento web|posicionamiento SEO|posicionamiento orgánico|Suchmaschinenoptimierung|otimização para motores de busca|otimização de sites|technical SEO',
  '=SEM|search engine marketing|référencement payant|=SEA|Suchmaschinenwerbung|Suchmaschinenmarketing|marketing de buscadores|marketing em motores de busca|paid search',
  'PPC|pay-per-click|pay per click|PPC campaigns|paid advertising',
  'Google Ads|AdWords|Google AdWords|Google Ads campaigns',
  'Google Analytics|GA4|Google Tag Manager|Universal Analytics',
  'Content marketing|content strategy|marketing de contenu|marketing de contenus|stratégie de contenu|stratégie éditoriale|marketing de contenidos|estrategia de contenidos|Content-Marketing|Content-Strategie|Contentmarketing|marketing de conteúdo|estratégia de conteúdo',
  'Email marketing|e-mail marketing|emailing|email campaigns|e-mail campaigns|lifecycle marketing|E-Mail-Marketing|marketing por correo electrónico|email marketing|marketing por email|marketing por e-mail',
  'Marketing automation|automatisation du marketing|automatisation marketing|automatización de marketing|automatización del marketing|Marketing-Automation|Marketing Automation|automação de marketing',
  'Marketo|Adobe Marketo',
  'Pardot|Account Engagement',
  'Mailchimp|Klaviyo|Braze|Brevo|Sendinblue',
  'Social media marketing|social media|social media management|community management|gestion de communauté|réseaux sociaux|médias sociaux|redes sociales|gestión de redes sociales|Social Media|Social-Media-Marketing|Social Media Marketing|redes sociais|gestão de redes sociais',
  'Performance marketing|paid media|paid acquisition|user acquisition|marketing de performance|marketing à la performance|marketing de resultados|Performance-Marketing|mídia paga',
  'Growth marketing|growth hacking|Growth-Marketing|growth loops',
  'Brand strategy|brand management|brand marketing|brand positioning|stratégie de marque|gestion de marque|plateforme de marque|estrategia de marca|gestión de marca|Markenstrategie|Markenführung|Markenmanagement|gestão de marca|estratégia de marca',
  'Copywriting|copy writing|copywriter skills|rédaction publicitaire|rédaction web|redacción publicitaria|redacción creativa|Texterstellung|Werbetexten|Werbetext|redação publicitária',
  'Paid social|Meta Ads|Facebook Ads|Instagram Ads|LinkedIn Ads|TikTok Ads|social ads|Meta Business Suite',
  "Affiliate marketing|marketing d'affiliation|affiliation marketing|marketing de afiliados|marketing de afiliación|Affiliate-Marketing|Affiliate Marketing",
  'Conversion rate optimisation|conversion rate optimization|=?CRO|optimisation du taux de conversion|optimización de la conversión|optimización de conversiones|Conversion-Optimierung|Conversion Rate Optimierung|otimização de conversão|landing page optimization',
  'Product marketing|marketing produit|marketing de producto|Produktmarketing|marketing de produto|product positioning|competitive intelligence',
  'Go-to-market|go to market|GTM strategy|=GTM|go-to-market strategy|stratégie go-to-market|estrategia go-to-market|Go-to-Market-Strategie|Markteinführung|estratégia go-to-market',
  'Market research|étude de marché|études de marché|investigación de mercado|investigación de mercados|estudio de mercado|estudios de mercado|Marktforschung|Marktanalyse|pesquisa de mercado|market analysis|consumer insights|consumer research',
  'Semrush|SEMrush|Ahrefs|Moz|Screaming Frog',
  'Hootsuite|Sprout Social|Later app',
  "Influencer marketing|marketing d'influence|marketing de influencers|marketing de influencia|marketing de influenciadores|Influencer-Marketing|Influencer Marketing|marketing de influência",
  'Public relations|=?PR|media relations|press relations|relations presse|relations publiques|relations médias|relaciones públicas|relaciones con los medios|Öffentlichkeitsarbeit|Pressearbeit|PR-Arbeit|Medienarbeit|relações públicas|assessoria de imprensa',
  "Event marketing|event management|event planning|événementiel|gestion d'événements|organización de eventos|gestión de eventos|Eventmanagement|Veranstaltungsmanagement|gestão de eventos|organização de eventos",
  'Account-based marketing|account based marketing|=ABM',
  'Marketing analytics|marketing attribution|multi-touch attribution|marketing mix modelling|marketing mix modeling|media mix modelling|media mix modeling|=MMM',
  'Digital marketing|marketing digital|marketing numérique|webmarketing|web marketing|e-marketing|Online-Marketing|Onlinemarketing|Digitalmarketing|Digital Marketing',
  'Corporate communications|internal communications|external communications|communication interne|communication corporate|communication d’entreprise|comunicación corporativa|comunicación interna|comunicación externa|Unternehmenskommunikation|interne Kommunikation|comunicação corporativa|comunicação interna|comunicação institucional',
  'E-commerce|ecommerce|e-commerce management|online retail|commerce électronique|e-commerce|comercio electrónico|comercio online|comércio eletrônico|comércio electrónico|Onlinehandel|E-Commerce|Online-Handel',
  // Legal
  'Contract law|contract drafting|drafting contracts|contract review|commercial contracts|drafting and negotiating contracts|droit des contrats|rédaction de contrats|rédaction contractuelle|derecho contractual|redacción de contratos|Vertragsrecht|Vertragsgestaltung|Vertragsprüfung|direito contratual|elaboração de contratos|redação de contratos',
  'Contract management|contract lifecycle management|=CLM|gestion des contrats|gestion contractuelle|gestión de contratos|gestión contractual|Vertragsmanagement|gestão de contratos',
  'Litigation|dispute resolution|commercial litigation|contentieux|contentieux des affaires|litigios|litigación|procesal|Prozessführung|Streitbeilegung|Prozessrecht|contencioso|litígios|resolução de disputas',
  "Corporate law|company law|corporate and commercial law|droit des sociétés|droit des affaires|droit commercial|derecho mercantil|derecho societario|derecho corporativo|Gesellschaftsrecht|Handelsrecht|Wirtschaftsrecht|direito societário|direito empresarial|direito comercial",
  'GDPR|=RGPD|DSGVO|LGPD|data protection|data privacy|privacy law|privacy compliance|protection des données|protection des données personnelles|protección de datos|protección de datos personales|Datenschutz|Datenschutzrecht|proteção de dados|proteção de dados pessoais|CCPA',
  'Compliance|regulatory compliance|corporate compliance|conformité|conformité réglementaire|cumplimiento normativo|cumplimiento regulatorio|Compliance-Management|Regelkonformität|conformidade|conformidade regulatória|compliance regulatório',
  'Intellectual property|IP law|patents|patent law|patent prosecution|trademarks|trademark law|propriété intellectuelle|propriété industrielle|brevets|propiedad intelectual|propiedad industrial|patentes|geistiges Eigentum|gewerblicher Rechtsschutz|Patentrecht|Markenrecht|propriedade intelectual|propriedade industrial',
  'Employment law|labour law|labor law|droit du travail|droit social|derecho laboral|derecho del trabajo|Arbeitsrecht|direito do trabalho|direito trabalhista|legislação trabalhista',
  'Legal research|recherche juridique|investigación jurídica|juristische Recherche|pesquisa jurídica|Westlaw|LexisNexis|Lexis+',
  'Arbitration|international arbitration|arbitrage international|arbitraje|arbitraje internacional|Schiedsgerichtsbarkeit|Schiedsverfahren|arbitragem',
  'Mediation|médiation|mediación|Mediation|mediação|alternative dispute resolution',
  'E-discovery|eDiscovery|electronic discovery|document review|!Relativity',
  'Bar admission|admitted to the bar|bar admitted|bar license|bar licence|licensed attorney|licensed to practise law|licensed to practice law|inscrit au barreau|inscrite au barreau|barreau de|colegiado en el Colegio de Abogados|abogado colegiado|abogada colegiada|Rechtsanwaltszulassung|Anwaltszulassung|=OAB|inscrição na OAB|Juris Doctor',
  'Legal drafting|legal writing|rédaction juridique|rédaction d’actes|redacción jurídica|juristisches Schreiben|redação jurídica|redação de peças',
  'Antitrust|competition law|droit de la concurrence|derecho de la competencia|Kartellrecht|Wettbewerbsrecht|direito concorrencial|direito da concorrência',
  'Real estate law|property law|conveyancing|droit immobilier|derecho inmobiliario|Immobilienrecht|direito imobiliário',
  'Immigration law|droit des étrangers|droit de l’immigration|derecho migratorio|derecho de extranjería|Ausländerrecht|Migrationsrecht|direito migratório',
  'Banking and finance law|banking law|finance law|financial regulation|droit bancaire|droit financier|derecho bancario|derecho financiero|Bankrecht|Bankaufsichtsrecht|direito bancário',
  'Criminal law|droit pénal|derecho penal|Strafrecht|direito penal',
  'Family law|droit de la famille|derecho de familia|Familienrecht|direito de família',
  'Regulatory affairs|affaires réglementaires|asuntos regulatorios|assuntos regulatórios|Regulatory Affairs|Zulassungswesen',
  // People and HR
  'Talent acquisition|full-cycle recruiting|full cycle recruiting|full-cycle recruitment|full cycle recruitment|end-to-end recruitment|end-to-end recruiting|end to end recruitment|technical recruiting|tech recruiting|executive search|recrutement technique|recrutement de profils|reclutamiento y selección|selección de personal|Personalbeschaffung|Personalgewinnung|Talent Acquisition|recrutamento e seleção|recrutamento e selecção',
  'Candidate sourcing|sourcing|talent sourcing|Boolean search|Boolean sourcing|X-ray search|sourcing de candidats|sourcing de talentos|búsqueda de candidatos|Active Sourcing|Talent Sourcing|headhunting|chasse de têtes|cazatalentos',
  'Employee onboarding|new hire onboarding|intégration des collaborateurs|intégration des nouveaux collaborateurs|incorporación de empleados|integração de colaboradores|Mitarbeiter-Onboarding|Einarbeitung neuer Mitarbeiter',
  'HRIS|HR information systems|HR information system|=SIRH|HCM systems|Personalinformationssystem|HR-Software',
  '^Workday|Workday HCM',
  'SuccessFactors|SAP SuccessFactors',
  'BambooHR|Personio|HiBob',
  '^Greenhouse|Greenhouse ATS',
  '!Lever|Lever ATS',
  'iCIMS|Taleo|SmartRecruiters|Bullhorn|Recruitee|Teamtailor',
  'Applicant tracking systems|=ATS|applicant tracking system|logiciel de recrutement|Bewerbermanagementsystem|Bewerbermanagement',
  'Employee relations|industrial relations|labour relations|labor relations|relations sociales|dialogue social|relaciones laborales|Arbeitsbeziehungen|Arbeitnehmerbeziehungen|relações trabalhistas|relações laborais',
  'Compensation and benefits|compensation & benefits|=C&B|total rewards|comp and ben|compensation planning|rémunération et avantages sociaux|politique de rémunération|compensación y beneficios|Vergütungsmanagement|Compensation & Benefits|remuneração e benefícios',
  'Performance management|gestion de la performance|gestion des performances|gestión del desempeño|gestión del rendimiento|Performance Management|Leistungsmanagement|Leistungsbeurteilung|gestão de desempenho|gestão do desempenho',
  'Learning and development|=?L&D|training and development|talent development|formation professionnelle|développement des compétences|formación y desarrollo|formación de empleados|Personalentwicklung|Weiterbildung|treinamento e desenvolvimento|desenvolvimento de pessoas',
  'Workforce planning|strategic workforce planning|headcount planning|planification des effectifs|=GPEC|planificación de plantilla|planificación de personal|Personalplanung|planejamento da força de trabalho|planejamento de headcount',
  'Succession planning|plans de succession|planification de la relève|planificación de la sucesión|Nachfolgeplanung|planejamento sucessório|plano de sucessão',
  'Diversity and inclusion|=DEI|=D&I|diversity equity and inclusion|diversity, equity and inclusion|=EDI|diversité et inclusion|diversidad e inclusión|Diversity & Inclusion|Diversität und Inklusion|diversidade e inclusão',
  'Employer branding|employer brand|marque employeur|marca empleadora|marca empregadora|Arbeitgebermarke|Employer Branding',
  'People analytics|HR analytics|workforce analytics|analytique RH|análisis de personas|Personalcontrolling|HR-Analytics',
  'SHRM|SHRM-CP|SHRM-SCP|=PHR|=SPHR',
  'CIPD|CIPD Level 5|CIPD Level 7',
  // Logistics and operations
  "Supply chain management|supply chain|=SCM|chaîne d'approvisionnement|chaîne logistique|supply chain management|cadena de suministro|cadena de abastecimiento|Lieferkette|Lieferketten|Supply-Chain-Management|cadeia de suprimentos|cadeia de abastecimento",
  'Inventory management|inventory control|stock control|stock management|inventory planning|gestion des stocks|gestion de stock|gestión de inventario|gestión de inventarios|control de inventario|control de inventarios|Bestandsmanagement|Lagerbestandsführung|Bestandsführung|gestão de estoque|gestão de estoques|controle de estoque',
  "Warehouse management|warehousing|warehouse operations|=WMS|warehouse management system|warehouse management systems|entreposage|gestion d'entrepôt|gestion des entrepôts|gestión de almacén|gestión de almacenes|Lagerlogistik|Lagerverwaltung|Lagerwirtschaft|gestão de armazém|armazenagem|intralogistics|intralogistique|Intralogistik",
  'Demand planning|demand forecasting|planification de la demande|prévision de la demande|planificación de la demanda|Bedarfsplanung|Absatzplanung|planejamento de demanda',
  '=S&OP|sales and operations planning|Sales & Operations Planning|=IBP|integrated business planning',
  'Procurement|purchasing|strategic sourcing|supplier management|vendor management|category management|achats|achats stratégiques|approvisionnement|gestion des fournisseurs|compras|aprovisionamiento|gestión de proveedores|Einkauf|strategischer Einkauf|Beschaffung|Lieferantenmanagement|suprimentos|gestão de fornecedores',
  'Fleet management|gestion de flotte|gestion de parc|gestión de flotas|gestión de flota|Fuhrparkmanagement|Flottenmanagement|gestão de frotas|gestão de frota',
  'Last-mile delivery|last mile|last-mile|last mile delivery|dernier kilomètre|última milla|letzte Meile|última milha',
  'Freight forwarding|freight|transport management|=TMS|transport management system|fret|transport de marchandises|commission de transport|transporte de mercancías|transitario|Spedition|Speditionswesen|Frachtführung|agenciamento de cargas|transporte de cargas|frete|logistics operations',
  'Customs|customs clearance|customs brokerage|customs compliance|dédouanement|douane|formalités douanières|aduanas|despacho aduanero|gestión aduanera|Zollabwicklung|Verzollung|Zollrecht|desembaraço aduaneiro|despacho aduaneiro',
  'Incoterms',
  'Import/export|import export|international trade|foreign trade|commerce international|comercio exterior|comercio internacional|Außenhandel|comércio exterior|comércio internacional',
  'Route planning|route optimisation|route optimization|planification des tournées|optimisation des tournées|planificación de rutas|optimización de rutas|Tourenplanung|roteirização|planejamento de rotas',
  '^Lean|lean manufacturing|lean management|lean production|Kaizen|=5S|continuous improvement|amélioration continue|mejora continua|kontinuierliche Verbesserung|=KVP|melhoria contínua|lean thinking',
  'Quality management|ISO 9001|=QMS|quality management system|quality management systems|gestion de la qualité|système de management de la qualité|gestión de calidad|gestión de la calidad|sistema de gestión de calidad|Qualitätsmanagement|QM-System|gestão da qualidade|sistema de gestão da qualidade',
  'Production planning|planification de la production|ordonnancement|planificación de la producción|programación de la producción|Produktionsplanung|Fertigungssteuerung|planejamento da produção|=PCP|=MRP|MRP II|material requirements planning|capacity planning',
  'Operations management|gestion des opérations|gestión de operaciones|Betriebsführung|gestão de operações|process improvement|process optimisation|process optimization|amélioration des processus|mejora de procesos|Prozessoptimierung|melhoria de processos',
  // Customer support
  'Zendesk',
  '^Intercom',
  'Freshdesk|Freshservice|Freshworks',
  'Customer service|customer care|client service|client services|service client|service clientèle|relation client|atención al cliente|servicio al cliente|servicio de atención al cliente|Kundenservice|Kundendienst|Kundenbetreuung im Service|atendimento ao cliente|atendimento ao consumidor|serviço ao cliente',
  'Technical support|tech support|IT support|desktop support|support technique|support informatique|assistance technique|soporte técnico|soporte informático|technischer Support|IT-Support|suporte técnico|first-line support|second-line support|1st level support|2nd level support|3rd level support|first level support|second level support|Tier 1 support|Tier 2 support',
  'Help desk|helpdesk|service desk|centre de services|mesa de ayuda|mesa de servicio|Servicedesk|Service Desk|central de serviços',
  'Ticketing systems|ticketing system|ticket management|support tickets|Jira Service Management|Jira Service Desk|ticketing tools',
  'Live chat|chat support|support par chat|soporte por chat|atención por chat|Chat-Support|atendimento via chat|atendimento por chat',
  'SLA management|=SLA|=SLAs|service level agreements|service level agreement',
  'Customer satisfaction|=CSAT|=NPS|Net Promoter Score|satisfaction client|satisfacción del cliente|Kundenzufriedenheit|satisfação do cliente',
  "Call center|call centre|contact center|contact centre|centre d'appels|centre de contact|centro de llamadas|centro de contacto|centro de atención telefónica|Callcenter|Call-Center|Kundenhotline|central de atendimento|telemarketing|télévente|téléconseil|televenta|televentas|Telefonvertrieb",
  "Troubleshooting|dépannage|diagnostic de pannes|résolution d'incidents|resolución de incidencias|resolución de problemas técnicos|Fehlerbehebung|Fehlersuche|Störungsbehebung|solução de problemas|resolução de problemas técnicos",
  'ITIL|ITIL v4|ITIL 4|ITIL Foundation|ITSM|IT service management|gestion des services informatiques|gestión de servicios de TI|IT-Service-Management|gerenciamento de serviços de TI',
  'ServiceNow',
  'Active Directory|Azure AD|Azure Active Directory|Entra ID|Microsoft Entra',
  'Microsoft 365|Office 365|=O365|=M365|Microsoft Office|MS Office|Office suite|PowerPoint|Microsoft Word|MS Word|Microsoft Outlook|SharePoint|Microsoft Teams',
  'Windows Server|Windows administration|Windows 10|Windows 11|Group Policy|SCCM|Intune',
  'Google Workspace|G Suite|GSuite',
  'macOS|Mac OS X|Jamf',
];

const EDUCATION: readonly string[] = [
  'Lesson planning|lesson plans|lesson plan|préparation de cours|préparation des cours|préparation de séquences|planificación de clases|planificación didáctica|programación didáctica|Unterrichtsplanung|Unterrichtsvorbereitung|planejamento de aulas|plano de aula|planos de aula',
  'Curriculum development|curriculum design|curriculum planning|conception de programmes|conception pédagogique de programmes|diseño curricular|desarrollo curricular|Lehrplanentwicklung|Curriculumentwicklung|desenvolvimento curricular',
  'Classroom management|behaviour management|behavior management|gestion de classe|gestion de la classe|gestión del aula|manejo del aula|Klassenführung|Klassenmanagement|gestão de sala de aula|positive behaviour support|=PBIS',
  'Differentiated instruction|differentiation|différenciation pédagogique|pédagogie différenciée|enseñanza diferenciada|instrucción diferenciada|atención a la diversidad|Binnendifferenzierung|ensino diferenciado',
  'Special education|=?SEN|=?SEND|=SPED|special educational needs|special needs|inclusive education|éducation spécialisée|enseignement spécialisé|éducation inclusive|educación especial|necesidades educativas especiales|educación inclusiva|Sonderpädagogik|Förderpädagogik|inklusive Bildung|Inklusion|educação especial|educação inclusiva|=IEP|IEPs|individualized education programs',
  'ESL|English as a second language|=ESOL|=EFL|English as a foreign language|teaching English|=FLE|français langue étrangère|=ELE|español como lengua extranjera|=DaF|Deutsch als Fremdsprache|=DaZ|Deutsch als Zweitsprache|português como língua estrangeira',
  'TEFL|TESOL|CELTA|=DELTA|TEFL certificate|TESOL certificate|TEFL certification',
  '=IB|International Baccalaureate|IB Diploma|IB curriculum|IBDP|=PYP|=MYP|Baccalauréat International|Bachillerato Internacional|Internationales Baccalaureate',
  'Montessori|Montessori method|pédagogie Montessori|método Montessori',
  'Early childhood education|early years|=EYFS|early childhood|early years foundation stage|petite enfance|éducation de la petite enfance|éducation préscolaire|educación infantil|educación inicial|educación temprana|frühkindliche Bildung|Frühpädagogik|educação infantil|educação da primeira infância',
  'QTS|Qualified Teacher Status',
  'PGCE|=PGDE',
  'Teaching certification|teaching license|teaching licence|teaching credential|teacher certification|certified teacher|state teaching license|=CAPES|=CRPE|agrégation|máster de profesorado|máster del profesorado|máster en formación del profesorado|Lehramt|zweites Staatsexamen|Lehrbefähigung|licenciatura em pedagogia',
  'Google Classroom',
  'Moodle',
  'Canvas LMS|!Canvas|Instructure Canvas',
  'Blackboard Learn|!Blackboard',
  'Learning management systems|=LMS|learning management system|plateforme LMS|plataforma LMS|Lernplattform|Lernmanagementsystem',
  '=STEM|STEM education|STEM subjects',
  'Tutoring|tutorat|soutien scolaire|tutorías|clases particulares|Nachhilfe|Nachhilfeunterricht|aulas particulares|reforço escolar',
  "Instructional design|learning design|ingénierie pédagogique|conception pédagogique|diseño instruccional|diseño de aprendizaje|Instruktionsdesign|didaktisches Design|design instrucional|=ADDIE|Articulate Storyline|Articulate 360|Rise 360|e-learning development|e-learning|eLearning|elearning|formation en ligne|formación online|formação online",
  'Phonics|synthetic phonics|literacy instruction|reading intervention|early literacy|alphabétisation|lectoescritura|Leseförderung|alfabetização',
  'Assessment design|formative assessment|summative assessment|évaluation formative|évaluation sommative|evaluación formativa|evaluación sumativa|Leistungsbewertung|avaliação formativa|avaliação somativa',
  '=GCSE|=GCSEs',
  '=A-level|=A-levels|=A levels|=A level',
  'Safeguarding|child safeguarding|child protection|safeguarding children|protection de l’enfance|protection de l’enfant|protección infantil|protección de menores|Kinderschutz|proteção infantil|enhanced DBS|DBS check',
  'Bilingual education|bilingual teaching|enseignement bilingue|educación bilingüe|bilingualer Unterricht|educação bilíngue',
  'Mathematics teaching|math instruction|maths teaching|enseignement des mathématiques|enseñanza de las matemáticas|Mathematikunterricht|ensino de matemática',
  'Higher education teaching|university teaching|lecturing|enseignement supérieur|docencia universitaria|Hochschullehre|ensino superior',
];

const TRADES: readonly string[] = [
  'Revit|Autodesk Revit|Revit Architecture|Revit MEP|Revit Structure',
  'AutoCAD|Autodesk AutoCAD|AutoCAD LT',
  '=!CAD|CAD software|CAD drawings|CAD design|CAD modelling|CAD modeling|computer-aided design|=CAO|=?DAO|=CAO/DAO|=DAO/CAO|diseño asistido por ordenador|diseño asistido por computadora|CAD-Konstruktion|CAD-Programme|desenho assistido por computador|2D CAD|3D CAD|CAD/CAM',
  'SolidWorks|SOLIDWORKS',
  'CATIA|CATIA V5',
  'Autodesk Inventor|!Inventor',
  'Fusion 360|Autodesk Fusion',
  'PTC Creo|!Creo|Pro/ENGINEER',
  'Siemens NX|Unigraphics',
  'BIM|Building Information Modeling|Building Information Modelling|maquette numérique|modelado BIM|modelagem BIM|BIM-Modellierung|BIM-Methode',
  'Navisworks',
  'ArchiCAD',
  'SketchUp',
  '!Rhino|Rhino 3D|Rhinoceros 3D|Rhinoceros|Grasshopper 3D',
  'Civil 3D|AutoCAD Civil 3D',
  'MicroStation',
  'Structural engineering|structural design|structural analysis|structural calculations|calcul de structures|calcul des structures|cálculo estructural|análisis estructural|Tragwerksplanung|Statik|cálculo estrutural|ETABS|SAP2000|STAAD.Pro|STAAD Pro|Tekla|Tekla Structures|Robot Structural Analysis',
  'Finite element analysis|=FEA|=FEM|finite element|ANSYS|Abaqus|éléments finis|elementos finitos|Finite-Elemente-Methode|Finite-Elemente',
  '=GD&T|geometric dimensioning and tolerancing|cotation fonctionnelle|Toleranzanalyse|tolerance analysis',
  'Welding|=MIG|=TIG|MIG welding|TIG welding|stick welding|arc welding|=SMAW|=GMAW|=GTAW|=FCAW|soudure|soudage|soldadura|Schweißen|Schweißtechnik|soldagem',
  'Electrical installation|electrical installations|electrical wiring|wiring|conduit bending|installations électriques|installation électrique|instalaciones eléctricas|instalación eléctrica|Elektroinstallation|Elektroinstallationen|instalações elétricas|instalação elétrica',
  'PLC programming|=PLC|=PLCs|programmable logic controllers|programmable logic controller|automates programmables|automatisme|programación de PLC|programación de autómatas|=SPS|SPS-Programmierung|programação de CLP|=CLP|Siemens S7|TIA Portal|Allen-Bradley|Studio 5000|RSLogix|SCADA|=HMI',
  'HVAC|heating ventilation and air conditioning|heating, ventilation and air conditioning|climatisation|génie climatique|=CVC|climatización|Klimatechnik|Heizungstechnik|Lüftungstechnik|=HLK|=SHK|climatização|refrigeration|réfrigération|froid industriel|refrigeración|Kältetechnik|refrigeração|EPA 608',
  'Plumbing|pipefitting|plomberie|fontanería|plomería|Sanitärinstallation|Sanitärtechnik|encanamento|instalações hidráulicas',
  'Carpentry|joinery|framing|finish carpentry|menuiserie|charpenterie|charpente|carpintería|ebanistería|Tischlerei|Schreinerei|Zimmerei|Holzbau|carpintaria|marcenaria',
  'CNC machining|=CNC|CNC programming|CNC milling|CNC turning|G-code|machining|usinage|usinage CNC|mecanizado|mecanizado CNC|CNC-Fräsen|CNC-Drehen|CNC-Programmierung|Zerspanung|usinagem|usinagem CNC',
  'Blueprint reading|reading blueprints|blueprints|technical drawings|engineering drawings|lecture de plans|lecture de plan|lectura de planos|interpretación de planos|Zeichnungslesen|technische Zeichnungen|leitura de plantas|leitura de desenho técnico',
  'OSHA|OSHA 10|OSHA 30|OSHA certification|OSHA 10-hour|OSHA 30-hour',
  'Health and safety|=HSE|=EHS|=QHSE|workplace safety|occupational health and safety|NEBOSH|IOSH|santé et sécurité au travail|sécurité au travail|seguridad y salud en el trabajo|seguridad laboral|prevención de riesgos laborales|Arbeitssicherheit|Arbeitsschutz|segurança do trabalho|saúde e segurança do trabalho|=CSCS|CSCS card',
  'Forklift|forklift certification|forklift license|forklift licence|forklift operation|forklift operator|reach truck|=CACES|chariot élévateur|cariste|carretilla elevadora|carretillero|Gabelstapler|Staplerschein|Flurförderzeuge|empilhadeira|operador de empilhadeira',
  'Journeyman license|journeyman card|journeyman licence|Red Seal|Meisterbrief|Gesellenbrief|master electrician license|master plumber license',
  'Solar PV|photovoltaics|photovoltaic|solar installation|solar panels|photovoltaïque|panneaux solaires|fotovoltaica|paneles solares|Photovoltaik|energia solar|energia fotovoltaica|painéis solares',
  'Scaffolding|échafaudage|andamios|andamiaje|Gerüstbau|andaimes',
  'Drywall|plasterboard|plâtrerie|plaquiste|pladur|Trockenbau|gesso acartonado|drywall installation',
  'Masonry|bricklaying|maçonnerie|albañilería|Mauerwerk|Maurerarbeiten|alvenaria',
  'Automotive repair|auto repair|vehicle diagnostics|vehicle maintenance|mécanique automobile|diagnostic automobile|mecánica automotriz|mecánica del automóvil|Kfz-Technik|Fahrzeugdiagnose|mecânica automotiva|=ASE|ASE certified|ASE certification',
  'Preventive maintenance|predictive maintenance|planned maintenance|industrial maintenance|maintenance préventive|maintenance industrielle|mantenimiento preventivo|mantenimiento industrial|Instandhaltung|vorbeugende Wartung|manutenção preventiva|manutenção industrial',
  'Hydraulics|pneumatics|hydraulic systems|hydraulique|pneumatique|hidráulica|neumática|Hydraulik|Pneumatik|pneumática',
  'Construction management|site management|construction supervision|conduite de travaux|gestion de chantier|gestión de obra|dirección de obra|jefatura de obra|Bauleitung|Bauüberwachung|gestão de obras|direção de obra',
  'Cost estimating|estimating|quantity surveying|takeoffs|quantity takeoff|métrés|chiffrage|économie de la construction|mediciones y presupuestos|presupuestos de obra|Kalkulation|Baukalkulation|orçamentação de obras|orçamento de obras',
  "CDL|Class A CDL|Class B CDL|commercial driver's license|commercial drivers license|commercial driving licence|HGV licence|HGV license|=HGV|=LGV|permis C|permis CE|permis poids lourd|carnet C|carné C|carnet de camión|Führerschein CE|Führerschein Klasse C|Berufskraftfahrerqualifikation|CNH categoria",
  'Electronics|electronic repair|soldering|électronique|electrónica|eletrônica|Elektronik|Löten',
  'Mechanical design|machine design|conception mécanique|diseño mecánico|Konstruktion|projeto mecânico|product development engineering',
];

const LANGUAGE: readonly string[] = [
  'English|inglés|anglais|Englisch|inglês|business English|English language|fluent English',
  'Spanish|español|espagnol|Spanisch|espanhol|castellano|Castilian',
  'French|français|francés|Französisch|francês',
  'German|Deutsch|alemán|allemand|alemão',
  'Portuguese|português|portugués|portugais|Portugiesisch',
  'Italian|italiano|italien|Italienisch',
  'Dutch|Nederlands|néerlandais|neerlandés|holandés|Niederländisch|holandês|Flemish',
  'Mandarin|Chinese|Mandarin Chinese|chinois|chino|mandarín|Chinesisch|chinês|mandarim',
  'Cantonese|cantonais|cantonés|Kantonesisch|cantonês',
  'Arabic|arabe|árabe|Arabisch',
  'Japanese|japonais|japonés|Japanisch|japonês',
  'Korean|coréen|coreano|Koreanisch',
  'Russian|russe|ruso|Russisch|russo',
  '^Polish|polonais|polaco|Polnisch|polonês',
  'Turkish|turc|turco|Türkisch',
  'Hindi',
  'Vietnamese|vietnamien|vietnamita|Vietnamesisch',
  'Tagalog|Filipino',
  'Swedish|suédois|sueco|Schwedisch',
  'Ukrainian|ukrainien|ucraniano|Ukrainisch',
  'Greek|grec|griego|Griechisch|grego',
  'Hebrew|hébreu|hebreo|Hebräisch|hebraico',
  'Romanian|roumain|rumano|Rumänisch|romeno',
  'Catalan|catalán|català|catalão|Katalanisch',
  'Sign language|=ASL|=BSL|American Sign Language|British Sign Language|langue des signes|=LSF|lengua de signos|lengua de señas|Gebärdensprache|=DGS|Libras|língua de sinais',
];

const VOCABULARY: Readonly<Record<SkillDomain, readonly string[]>> = {
  tech: TECH,
  design: DESIGN,
  clinical: CLINICAL,
  business: BUSINESS,
  education: EDUCATION,
  trades: TRADES,
  language: LANGUAGE,
};

// Words right next to an ambiguous alias that make it a skill ("Go developer", "Epic charting").
const CUES: Readonly<Record<SkillDomain, readonly string[]>> = {
  tech: [
    'developer', 'developers', 'engineer', 'engineers', 'engineering', 'dev', 'devs', 'programming', 'programmer',
    'programmers', 'language', 'languages', 'lang', 'code', 'coding', 'codebase', 'backend', 'services', 'service',
    'microservices', 'sdk', 'library', 'libraries', 'framework', 'frameworks', 'stack', 'script', 'scripts',
    'scripting', 'package', 'packages', 'entwickler', 'entwicklerin', 'entwicklung', 'programmierung',
    'desarrollador', 'desarrolladora', 'desarrolladores', 'desarrollo', 'programacion', 'developpeur',
    'developpeuse', 'developpeurs', 'developpement', 'programmeur', 'desenvolvedor', 'desenvolvedora',
    'desenvolvedores', 'desenvolvimento', 'programador', 'programadora', 'programadores', 'ingeniero', 'ingenieur',
    'ingenieurin', 'engenheiro', 'apps', 'api', 'apis', 'runtime', 'compiler', 'notebooks', 'studio',
  ],
  clinical: [
    'nurse', 'nurses', 'nursing', 'rn', 'rns', 'unit', 'units', 'certified', 'certification', 'certifications',
    'charting', 'ehr', 'emr', 'documentation', 'experience', 'tech', 'techs', 'department', 'floor', 'shift',
    'shifts', 'jobs', 'job', 'position', 'positions', 'role', 'roles', 'contract', 'contracts', 'opening',
    'openings', 'enfermera', 'enfermero', 'enfermeras', 'enfermeros', 'enfermeira', 'enfermeiro', 'infirmier',
    'infirmiere', 'infirmiers', 'infirmieres', 'pflege', 'pflegekraft', 'pflegefachkraft', 'patients', 'beds',
    'bed', 'ward', 'system', 'training', 'superuser', 'experienced',
  ],
  design: [
    'designer', 'designers', 'design', 'tool', 'tools', 'files', 'file', 'prototype', 'prototypes', 'prototyping',
    'components', 'library', 'mockups', 'plugin', 'plugins', 'board', 'boards', 'skills', 'experience',
  ],
  business: [
    'certified', 'certification', 'experience', 'software', 'platform', 'tool', 'tools', 'admin', 'administrator',
    'consultant', 'consultants', 'skills', 'modules', 'module', 'implementation', 'reporting', 'campaigns',
    'campaign', 'analyst', 'specialist', 'expert', 'expertise', 'team', 'strategy', 'crm', 'system', 'systems',
  ],
  education: [
    'teacher', 'teachers', 'certified', 'certification', 'qualified', 'classroom', 'school', 'schools', 'teaching',
    'students', 'pupils', 'curriculum', 'department', 'coordinator', 'support', 'needs', 'provision',
  ],
  trades: [
    'software', 'drawings', 'drawing', 'design', 'designer', 'technician', 'technicians', 'drafter', 'drafting',
    'modelling', 'modeling', 'models', 'model', 'skills', 'experience', 'operator', 'operators', 'certified',
    'certification', 'license', 'licence', 'package', 'tools', 'tool', 'files', 'welder', 'welding', 'programming',
  ],
  language: [
    'speaking', 'speaker', 'speakers', 'fluent', 'fluency', 'native', 'bilingual', 'language', 'hablante',
    'parlant', 'parlante', 'sprechend', 'falante', 'skills',
  ],
};

// Words that introduce a skill list ("Stack: Go, …").
const LIST_INTRO = new Set([
  'skills', 'stack', 'technologies', 'tech', 'tools', 'languages', 'competences', 'kenntnisse', 'habilidades',
  'conocimientos', 'conhecimentos', 'requirements', 'using', 'with',
]);

const CONJUNCTIONS = new Set(['and', 'or', 'und', 'oder', 'et', 'ou', 'y', 'o', 'e', 'u', 'plus']);

// A word right after a greeting or a sign-off is a name ("Hi Julia, …", "Thanks, Ruby"), not a skill.
const SALUTATIONS = new Set([
  'hi', 'hello', 'hey', 'dear', 'thanks', 'thank', 'cheers', 'regards', 'best', 'hola', 'estimado', 'estimada',
  'querido', 'querida', 'bonjour', 'salut', 'cher', 'chere', 'hallo', 'liebe', 'lieber', 'sehr', 'ola', 'oi',
  'prezado', 'prezada', 'caro', 'cara', 'ciao', 'hoi', 'beste', 'saludos', 'cordialement', 'gruss', 'grusse',
  'abracos', 'atenciosamente', 'merci', 'gracias', 'obrigado', 'obrigada', 'danke',
]);

// ---------------------------------------------------------------------------------------------
// Built vocabulary

interface Guard {
  exact: boolean;
  cap: boolean;
  window: boolean;
  strong: boolean;
  dot: boolean;
}

interface Alias {
  words: string[];
  raw: string[];
  guard: Guard | null;
  skill: number;
}

interface Skill {
  id: string;
  label: string;
  domain: SkillDomain;
  distinct: boolean;
  aliases: number[];
}

interface Vocabulary {
  skills: Skill[];
  aliases: Alias[];
  byId: Map<string, number>;
  index: PhraseIndex<number>;
  /** Folded phrases of aliases that need evidence: never a free-standing profile phrase. */
  guardedPhrases: Set<string>;
  cues: Map<SkillDomain, Set<string>>;
}

const FLAG_CHARS = '=^?!@';

function slug(label: string): string {
  let s = fold(label).trim();
  if (s.startsWith('.')) s = `dot${s.slice(1)}`;
  s = s.split('++').join('pp').split('#').join('sharp').split('&').join(' and ');
  let out = '';
  let dash = false;
  for (const ch of s) {
    const ok = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    if (ok) {
      if (dash && out) out += '-';
      out += ch;
      dash = false;
    } else dash = true;
  }
  return out;
}

function parseGuard(flags: string): Guard | null {
  if (!flags) return null;
  return {
    exact: flags.includes('='),
    cap: flags.includes('^'),
    window: flags.includes('?'),
    strong: flags.includes('!'),
    dot: flags.includes('@'),
  };
}

function buildVocabulary(): Vocabulary {
  const skills: Skill[] = [];
  const aliases: Alias[] = [];
  const byId = new Map<string, number>();
  const index = new PhraseIndex<number>();
  const guardedPhrases = new Set<string>();
  for (const domain of Object.keys(VOCABULARY) as SkillDomain[]) {
    for (const line of VOCABULARY[domain]) {
      const distinct = line.startsWith('*');
      const parts = (distinct ? line.slice(1) : line).split('|');
      let label = '';
      const skillIndex = skills.length;
      const skill: Skill = { id: '', label: '', domain, distinct, aliases: [] };
      for (const part of parts) {
        let k = 0;
        while (k < part.length && FLAG_CHARS.includes(part[k]!)) k += 1;
        const text = part.slice(k).trim();
        const tokens = tokenize(clean(text));
        if (!tokens.length) continue;
        if (!label) label = text;
        const alias: Alias = {
          words: tokens.map((t) => t.text),
          raw: tokens.map((t) => t.raw),
          guard: parseGuard(part.slice(0, k)),
          skill: skillIndex,
        };
        if (alias.guard) guardedPhrases.add(alias.words.join(' '));
        skill.aliases.push(aliases.length);
        index.add(text, aliases.length);
        aliases.push(alias);
      }
      if (!label) continue;
      skill.label = label;
      skill.id = slug(label);
      // A later duplicate id keeps the first skill's id space free: suffix with the domain.
      if (byId.has(skill.id)) skill.id = `${skill.id}-${domain}`;
      byId.set(skill.id, skillIndex);
      skills.push(skill);
    }
  }
  const cues = new Map<SkillDomain, Set<string>>();
  for (const domain of Object.keys(CUES) as SkillDomain[]) cues.set(domain, new Set(CUES[domain]));
  return { skills, aliases, byId, index, guardedPhrases, cues };
}

let vocabulary: Vocabulary | undefined;
function vocab(): Vocabulary {
  vocabulary ??= buildVocabulary();
  return vocabulary;
}

/** Every known skill id, for tests and for callers that want to list them. */
export function knownSkillIds(): string[] {
  return vocab().skills.map((s) => s.id);
}

/** The field a known skill belongs to ("tech", "clinical"…), or undefined for an unknown id. */
export function skillDomain(id: string): SkillDomain | undefined {
  const v = vocab();
  const i = v.byId.get(id);
  return i === undefined ? undefined : v.skills[i]!.domain;
}

/** The display label of a known skill id. */
export function skillLabel(id: string): string | undefined {
  const v = vocab();
  const i = v.byId.get(id);
  return i === undefined ? undefined : v.skills[i]!.label;
}

// ---------------------------------------------------------------------------------------------
// Finding known skills in a message

interface Candidate {
  alias: number;
  from: number;
  to: number;
}

const SENTENCE_BREAK = '.!?…\n\r';
const LIST_GAP = ' \t,;/&|+·•*()[]-–—:\n\r';
const BULLETS = '-•*·▪►–';

function gapBetween(a: Analysed, left: number, right: number): string {
  const l = a.tokens[left];
  const r = a.tokens[right];
  if (!l || !r) return '';
  return a.text.slice(l.end, r.start);
}

function isWhitespace(s: string): boolean {
  for (const ch of s) if (ch !== ' ' && ch !== '\t') return false;
  return true;
}

/** A gap between two items of a list: "Python, Go", "C/C++", "(R)", a bullet on the next line. */
function isListGap(g: string): boolean {
  if (!g || g.length > 8) return false;
  let separator = false;
  let newline = false;
  let bullet = false;
  for (const ch of g) {
    if (!LIST_GAP.includes(ch)) return false;
    if (ch === '\n' || ch === '\r') newline = true;
    else if (ch !== ' ' && ch !== '\t') separator = true;
    if (BULLETS.includes(ch)) bullet = true;
  }
  if (newline) return bullet;
  return separator;
}

/** A gap a cue word may sit across: "Go developer", "Go-Entwickler", "Skills: Go". */
function isCueGap(g: string, allowColon: boolean): boolean {
  if (g.length > 3) return false;
  for (const ch of g) {
    if (ch === ' ' || ch === '\t' || ch === '-' || ch === '/') continue;
    if (allowColon && ch === ':') continue;
    return false;
  }
  return true;
}

function isCapitalised(raw: string): boolean {
  const first = raw[0];
  return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase();
}

function isAllCaps(raw: string): boolean {
  let letters = 0;
  for (const ch of raw) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      if (ch !== ch.toUpperCase()) return false;
      letters += 1;
    }
  }
  return letters >= 2;
}

function isInitial(a: Analysed, i: number): boolean {
  if (i === 0) return true;
  const g = gapBetween(a, i - 1, i);
  for (const ch of g) if (SENTENCE_BREAK.includes(ch)) return true;
  return false;
}

/** A word in a run of capitals ("APPLY NOW OR CALL") is shouting, not an initialism. */
function isShouting(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !isAllCaps(t.raw)) return false;
  let caps = 0;
  for (let k = Math.max(0, i - 2); k <= Math.min(tokens.length - 1, i + 2); k += 1) {
    if (k !== i && isAllCaps(tokens[k]!.raw)) caps += 1;
  }
  return caps >= 2;
}

interface Evidence {
  /** Domains of accepted hits ending at a token. */
  endsAt: Map<number, SkillDomain[]>;
  startsAt: Map<number, SkillDomain[]>;
  /** Sorted start positions of accepted hits per domain. */
  positions: Map<SkillDomain, number[]>;
}

function newEvidence(): Evidence {
  return { endsAt: new Map(), startsAt: new Map(), positions: new Map() };
}

function addEvidence(e: Evidence, from: number, to: number, domain: SkillDomain): void {
  const end = e.endsAt.get(to - 1) ?? [];
  end.push(domain);
  e.endsAt.set(to - 1, end);
  const start = e.startsAt.get(from) ?? [];
  start.push(domain);
  e.startsAt.set(from, start);
  const list = e.positions.get(domain) ?? [];
  list.push(from);
  e.positions.set(domain, list);
}

function sortEvidence(e: Evidence): void {
  for (const list of e.positions.values()) list.sort((x, y) => x - y);
}

const WINDOW = 20;

function inWindow(e: Evidence, domain: SkillDomain, from: number, to: number): boolean {
  const list = e.positions.get(domain);
  if (!list?.length) return false;
  // Binary search for the first position >= from - WINDOW.
  let lo = 0;
  let hi = list.length;
  const min = from - WINDOW;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < min) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < list.length; k += 1) {
    const p = list[k]!;
    if (p > to + WINDOW) break;
    if (p < from || p >= to) return true;
  }
  return false;
}

/**
 * Evidence right next to an alias. A lower-case everyday word ("spring, Java shop") needs it on its
 * left or a cue word after it: a following list item alone is not enough.
 */
function strongContext(a: Analysed, e: Evidence, from: number, to: number, cues: Set<string>, leftOnly = false): boolean {
  const tokens = a.tokens;
  // A neighbour in a skill list, possibly across a conjunction ("Python and Go").
  let p = from - 1;
  if (p >= 0) {
    const g = gapBetween(a, p, from);
    if (CONJUNCTIONS.has(tokens[p]!.text) && isWhitespace(g) && g.length > 0 && p - 1 >= 0) {
      const g2 = gapBetween(a, p - 1, p);
      if ((isWhitespace(g2) && g2.length > 0) || isListGap(g2)) {
        if (e.endsAt.has(p - 1)) return true;
      }
    } else if (isListGap(g) && e.endsAt.has(p)) return true;
    if (isCueGap(g, false) && cues.has(tokens[p]!.text)) return true;
    if (isCueGap(g, true) && LIST_INTRO.has(tokens[p]!.text) && g.includes(':')) return true;
  }
  const q = to;
  if (q < tokens.length) {
    const g = gapBetween(a, to - 1, q);
    if (!leftOnly && CONJUNCTIONS.has(tokens[q]!.text) && isWhitespace(g) && g.length > 0 && q + 1 < tokens.length) {
      const g2 = gapBetween(a, q, q + 1);
      if ((isWhitespace(g2) && g2.length > 0) || isListGap(g2)) {
        if (e.startsAt.has(q + 1)) return true;
      }
    } else if (!leftOnly && isListGap(g) && e.startsAt.has(q)) return true;
    if (isCueGap(g, false) && cues.has(tokens[q]!.text)) return true;
  }
  return false;
}

function rawMatches(tokens: readonly Token[], from: number, alias: Alias): boolean {
  for (let k = 0; k < alias.raw.length; k += 1) {
    if (tokens[from + k]?.raw !== alias.raw[k]) return false;
  }
  return true;
}

function passes(a: Analysed, e: Evidence, c: Candidate, v: Vocabulary): boolean {
  const alias = v.aliases[c.alias]!;
  const g = alias.guard;
  if (!g) return true;
  const tokens = a.tokens;
  const first = tokens[c.from]!;
  if (g.dot) {
    const before = a.text[first.start - 1];
    if (before !== '.') return false;
    const beforeDot = a.text[first.start - 2];
    if (beforeDot !== undefined && /[\p{L}\p{N}]/u.test(beforeDot)) return false;
    if (!g.exact && !g.cap && !g.window && !g.strong) return true;
  }
  const before = tokens[c.from - 1];
  if (before && SALUTATIONS.has(before.text) && !/[\n.!?]/.test(gapBetween(a, c.from - 1, c.from))) return false;
  const domain = v.skills[alias.skill]!.domain;
  const lowerWord = !g.exact && (g.window || g.strong) && first.raw === first.raw.toLowerCase() && !isInitial(a, c.from);
  const strong = strongContext(a, e, c.from, c.to, v.cues.get(domain)!, lowerWord);
  const exactOk = !g.exact || rawMatches(tokens, c.from, alias);
  if (g.strong) return exactOk && strong;
  const shouting = isShouting(tokens, c.from);
  if (g.window) {
    const near = inWindow(e, domain, c.from, c.to);
    if (g.exact) return exactOk && (strong || (near && !shouting));
    return strong || (isCapitalised(first.raw) && !shouting && !isInitial(a, c.from) && near);
  }
  if (g.cap) {
    if (strong) return true;
    if (!isCapitalised(first.raw) || shouting) return false;
    return !isInitial(a, c.from) || inWindow(e, domain, c.from, c.to);
  }
  if (g.exact) return (exactOk && !shouting) || strong;
  return true;
}

/** Every alias hit whose guard passes, in text order (longest first at a position). */
function acceptedCandidates(a: Analysed): Candidate[] {
  const v = vocab();
  if (!a.tokens.length) return [];
  const raw = v.index.findAll(a.tokens).map((h) => ({ alias: h.value, from: h.from, to: h.to }));
  const evidence = newEvidence();
  const ok = Array.from({ length: raw.length }, () => false);
  const pending: number[] = [];
  raw.forEach((c, k) => {
    if (v.aliases[c.alias]!.guard) pending.push(k);
    else {
      ok[k] = true;
      addEvidence(evidence, c.from, c.to, v.skills[v.aliases[c.alias]!.skill]!.domain);
    }
  });
  sortEvidence(evidence);
  // Two rounds: a guarded alias accepted in the first may vouch for its neighbour in the second.
  for (let round = 0; round < 2 && pending.length; round += 1) {
    const accepted: number[] = [];
    for (const k of pending) if (passes(a, evidence, raw[k]!, v)) accepted.push(k);
    if (!accepted.length) break;
    for (const k of accepted) {
      ok[k] = true;
      const c = raw[k]!;
      addEvidence(evidence, c.from, c.to, v.skills[v.aliases[c.alias]!.skill]!.domain);
    }
    sortEvidence(evidence);
    const left = pending.filter((k) => !ok[k]);
    pending.length = 0;
    pending.push(...left);
  }
  return raw.filter((_, k) => ok[k]);
}

/** Longest accepted hit at each position, left to right; equal-length hits of other skills are kept. */
function selectHits(candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((x, y) => x.from - y.from || y.to - y.from - (x.to - x.from));
  const out: Candidate[] = [];
  let coveredUntil = 0;
  let lastFrom = -1;
  let lastTo = -1;
  for (const c of sorted) {
    if (c.from === lastFrom && c.to === lastTo) {
      out.push(c);
      continue;
    }
    if (c.from < coveredUntil) continue;
    out.push(c);
    coveredUntil = c.to;
    lastFrom = c.from;
    lastTo = c.to;
  }
  return out;
}

/** Every known skill mentioned in the message, deduplicated by id (first mention). */
export function findKnownSkills(a: Analysed): SkillHit[] {
  const v = vocab();
  const seen = new Set<string>();
  const out: SkillHit[] = [];
  for (const c of selectHits(acceptedCandidates(a))) {
    const skill = v.skills[v.aliases[c.alias]!.skill]!;
    if (seen.has(skill.id)) continue;
    seen.add(skill.id);
    out.push({ id: skill.id, label: skill.label, from: c.from, to: c.to });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The candidate's own skills

// Words too broad to stand for a skill on their own ("Bilingual patient education" must not match
// every "education"). Folded, five languages.
const GENERIC = new Set(
  `education management manager design designs systems system testing test tests data web user users patient
  patients performance development developments engineering analysis analytics research strategy strategies
  planning support service services operations operation business customer customers client clients product
  products project projects team teams teamwork leadership communication communications skills skill care health
  healthcare clinical medical critical advanced basic general digital software technology technologies tech
  tools tool process processes quality safety protocols protocol administration documentation reporting report
  reports models model modeling modelling sales marketing finance financial accounting nursing teaching legal law
  recruiting recruitment hiring training learning experience work social media content interaction visual mobile
  cloud security frontend backend fullstack api apis integration integrations automation optimization
  optimisation infrastructure architecture network networking office microsoft google adobe apple amazon ibm
  statistics statistical methods method methodology methodologies solutions solution platform platforms
  application applications apps app program programs programming language languages benefits compensation people
  human resources relations relationship relationships international global internal external senior junior
  lead strategic operational technical writing presentation presentations excellent strong problem problems
  solving time organizational organisational organization organisation inspection maintenance installation
  repair construction production manufacturing logistics supply chain monitoring assessment assessments
  evaluation review reviews control controls compliance risk risks insurance policy policies standards
  procedures governance coaching workshop workshops school students classroom children family community
  interface interfaces machine deep computer science sciences research engineering mathematics knowledge
  understanding ability abilities proficiency proficient expert expertise certified certification certifications
  license licence management planning protocols environment environments practice practices principles
  gestion gestao verwaltung diseno conception gestaltung entwicklung developpement desarrollo desenvolvimento
  donnees datos dados daten prueba pruebas teste testes essais soins cuidados pflege paciente pacientes patiente
  patienten educacion bildung educacao ensenanza ensino enseignement formation formacion formacao ausbildung
  analisis analyse analise investigacion recherche forschung pesquisa estrategia strategie servicio servicios
  dienst servico servicos sistema sistemas systeme systemes usuario usuarios utilisateur utilisateurs nutzer
  cliente clientes kunde kunden equipo equipe ventas ventes vente vertrieb vendas finanzas finances finanzen
  financas contabilidad comptabilite buchhaltung contabilidade enfermeria krankenpflege enfermagem infirmiers
  recrutement reclutamiento recrutamento proyectos projets projekte projetos proyecto projet projekt projeto
  produit producto produto produkt calidad qualite qualitat qualidade seguridad securite sicherheit seguranca
  salud sante gesundheit saude medico medizin clinico clinique klinisch clinica tecnologia technologie logiciel
  herramientas outils werkzeuge ferramentas procesos processus prozesse processos comunicacion kommunikation
  comunicacao liderazgo fuhrung lideranca trabajo travail arbeit trabalho experiencia erfahrung habilidades
  competences kenntnisse competencias conhecimentos conocimientos`.split(/\s+/).filter(Boolean),
);

const STOPWORDS = new Set(
  `the a an of for in on at to with and or by from as de la le les des du d l el los las del al y e et und der die
  das den dem fur mit von zu im em do da dos das na no nos nas com para en con pour avec sur par por o ou oder i u`
    .split(/\s+/)
    .filter(Boolean),
);

const SPLIT_GAP_CHARS = '/,;|&';

function hasSplitChar(g: string): boolean {
  for (const ch of g) if (SPLIT_GAP_CHARS.includes(ch)) return true;
  return g.includes(' + ');
}

/** Words that carry meaning: no function words, no stray letters ("A/B" split into "a", "b"). */
function contentWords(words: readonly string[]): string[] {
  return words.filter((w) => !STOPWORDS.has(w) && w.length > 1);
}

/** Strips generic and function words from both ends: "Ventilator management" → "ventilator". */
function stripEnds(words: readonly string[]): string[] {
  let s = 0;
  let e = words.length;
  while (s < e && (GENERIC.has(words[s]!) || STOPWORDS.has(words[s]!))) s += 1;
  while (e > s && (GENERIC.has(words[e - 1]!) || STOPWORDS.has(words[e - 1]!))) e -= 1;
  return words.slice(s, e);
}

function pluralVariant(words: readonly string[]): string[] | null {
  const last = words[words.length - 1];
  if (!last || last.length < 3 || !/^[a-z]+$/.test(last)) return null;
  let other: string;
  if (last.endsWith('ies') && last.length > 4) other = `${last.slice(0, -3)}y`;
  else if (last.endsWith('s') && !/(ss|us|is)$/.test(last)) other = last.slice(0, -1);
  else if (/[^aeiou]y$/.test(last)) other = `${last.slice(0, -1)}ies`;
  else if (last.endsWith('s')) return null;
  else other = `${last}s`;
  return [...words.slice(0, -1), other];
}

interface Variant {
  words: string[];
  /** Whole label, its part in parentheses or before them, or a list item: not a fragment. */
  whole: boolean;
}

/** Token ranges of the label: the whole, the parts outside/inside parentheses, list items. */
function labelVariants(a: Analysed): Variant[] {
  const tokens = a.tokens;
  const n = tokens.length;
  if (!n) return [];
  const words = tokens.map((t) => t.text);
  const out: Variant[] = [{ words, whole: true }];
  // Depth of parentheses before each token.
  const inside: boolean[] = [];
  let depth = 0;
  const gaps: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const g = i === 0 ? a.text.slice(0, tokens[0]!.start) : gapBetween(a, i - 1, i);
    gaps.push(g);
    for (const ch of g) {
      if (ch === '(' || ch === '[') depth += 1;
      else if ((ch === ')' || ch === ']') && depth > 0) depth -= 1;
    }
    inside.push(depth > 0);
  }
  const groups: number[][] = [];
  const outside = tokens.map((_, i) => i).filter((i) => !inside[i]);
  if (outside.length && outside.length < n) groups.push(outside);
  let current: number[] = [];
  for (let i = 0; i < n; i += 1) {
    if (inside[i]) {
      if (current.length && gaps[i]!.includes('(')) {
        groups.push(current);
        current = [];
      }
      current.push(i);
    } else if (current.length) {
      groups.push(current);
      current = [];
    }
  }
  if (current.length) groups.push(current);
  if (!groups.length) groups.push(tokens.map((_, i) => i));
  for (const group of groups) {
    if (group.length < n) out.push({ words: group.map((i) => words[i]!), whole: true });
    // Split into list items at separators and conjunctions.
    let item: number[] = [];
    const items: number[][] = [];
    for (let k = 0; k < group.length; k += 1) {
      const i = group[k]!;
      const prev = group[k - 1];
      if (prev !== undefined && (prev !== i - 1 || hasSplitChar(gaps[i]!))) {
        if (item.length) items.push(item);
        item = [];
      }
      const next = group[k + 1];
      const isConj =
        CONJUNCTIONS.has(words[i]!) &&
        prev !== undefined &&
        next !== undefined &&
        isWhitespace(gaps[i]!) &&
        isWhitespace(gaps[next]!);
      if (isConj) {
        if (item.length) items.push(item);
        item = [];
        continue;
      }
      item.push(i);
    }
    if (item.length) items.push(item);
    if (items.length > 1) for (const it of items) out.push({ words: it.map((i) => words[i]!), whole: true });
  }
  return out;
}

function singular(w: string): string {
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

function acceptablePhrase(words: readonly string[], v: Vocabulary, unguardedAliases: Set<string>): boolean {
  const key = words.join(' ');
  // A known unambiguous alias ("A/B testing", "UX") is always a fine phrase; an ambiguous one never is.
  if (unguardedAliases.has(key)) return true;
  if (v.guardedPhrases.has(key)) return false;
  const content = contentWords(words);
  if (!content.length) return false;
  if (content.length === 1) {
    const w = content[0]!;
    if (GENERIC.has(w) || GENERIC.has(singular(w))) return false;
    if (/^\d+$/.test(w)) return false;
    if (w.length < 3 && !unguardedAliases.has(w)) return false;
  }
  return true;
}

let unguarded: Set<string> | undefined;
function unguardedAliasSet(v: Vocabulary): Set<string> {
  if (!unguarded) {
    unguarded = new Set();
    for (const alias of v.aliases) if (!alias.guard) unguarded.add(alias.words.join(' '));
  }
  return unguarded;
}

const MAX_PROFILE_SKILLS = 300;
const MAX_SKILL_CHARS = 200;

/**
 * Compiles the candidate's skills as written into canonical ids and the word sequences that mean
 * each one: the whole phrase, the parts in and before parentheses, list items, singular/plural,
 * the phrase without generic words at its ends, and every alias of a known skill it names.
 */
export function compileProfileSkills(skills: readonly string[]): ProfileSkill[] {
  const v = vocab();
  const plain = unguardedAliasSet(v);
  const out: ProfileSkill[] = [];
  if (!Array.isArray(skills)) return out;
  for (const entry of skills.slice(0, MAX_PROFILE_SKILLS)) {
    if (typeof entry !== 'string') continue;
    const label = entry.trim().slice(0, MAX_SKILL_CHARS);
    const a = analyse(label);
    if (!a.tokens.length) continue;
    const variants = labelVariants(a);
    const wholeKeys = new Set(variants.map((x) => x.words.join(' ')));

    // Known skills named anywhere in the label. Guards are off: a skill list is all the context needed.
    const ids: string[] = [];
    const all = v.index.findAll(a.tokens);
    const distinctSpans = all.filter((h) => v.skills[v.aliases[h.value]!.skill]!.distinct);
    for (const h of all) {
      const skill = v.skills[v.aliases[h.value]!.skill]!;
      if (ids.includes(skill.id)) continue;
      const hidden = distinctSpans.some(
        (d) => d.from <= h.from && d.to >= h.to && d.to - d.from > h.to - h.from && v.aliases[d.value]!.skill !== v.aliases[h.value]!.skill,
      );
      if (hidden) continue;
      const words = a.tokens.slice(h.from, h.to).map((t) => t.text);
      const whole = wholeKeys.has(words.join(' '));
      // A generic part of a longer skill ("patient education" in "Bilingual patient education") does not count.
      if (!whole && stripEnds(words).length === 0) continue;
      if (!whole && contentWords(words).length === 1 && GENERIC.has(contentWords(words)[0]!)) continue;
      ids.push(skill.id);
    }

    const phrases: string[][] = [];
    const seen = new Set<string>();
    const add = (words: readonly string[]): void => {
      const key = words.join(' ');
      if (!key || seen.has(key)) return;
      if (!acceptablePhrase(words, v, plain)) return;
      seen.add(key);
      phrases.push([...words]);
    };
    // Singular/plural only for the candidate's own words: known aliases list their own forms, and a
    // plural of an ambiguous alias ("epics", "reacts") is an everyday word.
    const withNumber = (words: string[]): void => {
      const key = words.join(' ');
      const known = v.guardedPhrases.has(key) || plain.has(key);
      add(words);
      if (known) return;
      const other = pluralVariant(words);
      if (other) add(other);
    };
    for (const variant of variants) {
      withNumber(variant.words);
      const stripped = stripEnds(variant.words);
      if (stripped.length && stripped.length < variant.words.length) withNumber(stripped);
    }
    for (const id of ids) {
      const skill = v.skills[v.byId.get(id)!]!;
      for (const k of skill.aliases) {
        const alias = v.aliases[k]!;
        if (!alias.guard) add(alias.words);
      }
    }
    out.push({ label, ids, phrases });
  }
  return out;
}

let distinctIndex: PhraseIndex<number> | undefined;
function distinctAliases(v: Vocabulary): PhraseIndex<number> {
  if (!distinctIndex) {
    distinctIndex = new PhraseIndex<number>();
    for (const skill of v.skills) {
      if (!skill.distinct) continue;
      for (const k of skill.aliases) distinctIndex.add(v.aliases[k]!.words.join(' '), k);
    }
  }
  return distinctIndex;
}

/**
 * Each of the candidate's skills mentioned in the message, once, at its first mention, in text
 * order: by canonical id (through `known`, guards applied) or by one of its own phrases.
 */
// One index per compiled skill list, built on its first message: the list lives as long as its profile model.
const profileIndexes = new WeakMap<readonly ProfileSkill[], PhraseIndex<number>>();

function profilePhraseIndex(compiled: readonly ProfileSkill[]): PhraseIndex<number> {
  let index = profileIndexes.get(compiled);
  if (!index) {
    index = new PhraseIndex<number>();
    for (let k = 0; k < compiled.length; k += 1) {
      for (const words of compiled[k]!.phrases) if (words.length) index.add(words.join(' '), k);
    }
    profileIndexes.set(compiled, index);
  }
  return index;
}

export function matchProfileSkills(
  compiled: readonly ProfileSkill[],
  a: Analysed,
  known?: readonly SkillHit[],
): { label: string; from: number; to: number }[] {
  if (!compiled.length || !a.tokens.length) return [];
  const v = vocab();
  const hits = known ?? findKnownSkills(a);
  const firstById = new Map<string, SkillHit>();
  for (const h of hits) if (!firstById.has(h.id)) firstById.set(h.id, h);

  const phraseIndex = profilePhraseIndex(compiled);
  // For each token, the longest "distinct" skill span over it ("React Native" over "React").
  const cover: ({ from: number; to: number; id: string } | undefined)[] = [];
  for (const d of distinctAliases(v).findAll(a.tokens)) {
    const id = v.skills[v.aliases[d.value]!.skill]!.id;
    for (let i = d.from; i < d.to; i += 1) {
      const c = cover[i];
      if (!c || c.to - c.from < d.to - d.from) cover[i] = { from: d.from, to: d.to, id };
    }
  }
  const best = new Map<number, { from: number; to: number }>();
  const consider = (k: number, from: number, to: number): void => {
    const prev = best.get(k);
    if (!prev || from < prev.from) best.set(k, { from, to });
  };
  for (const h of phraseIndex.findAll(a.tokens)) {
    const skill = compiled[h.value]!;
    const d = cover[h.from];
    const hidden = d !== undefined && d.from <= h.from && d.to >= h.to && d.to - d.from > h.to - h.from && !skill.ids.includes(d.id);
    if (!hidden) consider(h.value, h.from, h.to);
  }
  compiled.forEach((skill, k) => {
    for (const id of skill.ids) {
      const h = firstById.get(id);
      if (h) consider(k, h.from, h.to);
    }
  });
  return [...best.entries()]
    .sort((x, y) => x[1].from - y[1].from || x[0] - y[0])
    .map(([k, span]) => ({ label: compiled[k]!.label, from: span.from, to: span.to }));
}
