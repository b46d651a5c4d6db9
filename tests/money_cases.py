"""Real-world-style sentences with the exact monetary amounts an analyst would record.

Each case is `sentence || expected`, where expected is `;`-separated items of `AMOUNT CODE` or
`LOW-HIGH CODE` (a range), and empty when the sentence holds no money. Shared by
`tests/test_money_table.py` (every case must be exactly right) and `benchmarks/money_accuracy.py`
(precision and recall over the table).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

CASES_TEXT = r"""
India on Friday extended medical assistance worth $ 1 million to North Korea. || 1000000 USD
India had earlier provided two consignments of food worth $ 1 million each in 2011 and 2016. || 1000000 USD
Tickets cost $15 for adults and $7.50 for children. || 15 USD; 7.50 USD
The company reported revenue of $4.2 billion for the quarter. || 4200000000 USD
The startup raised $25m in a Series B round led by Accel. || 25000000 USD
Apple is worth more than $3 trillion. || 3000000000000 USD
The mayor approved a $1.5bn transit plan on Tuesday. || 1500000000 USD
Shares closed at $182.31 on Wednesday. || 182.31 USD
He was fined $500 and given a warning. || 500 USD
The settlement totalled $2,450,000. || 2450000 USD
Analysts expect a $750k payout to the former chief executive. || 750000 USD
The fund manages $12.5 billion in assets. || 12500000000 USD
Congress approved $1.9 trillion in pandemic relief. || 1900000000000 USD
The bridge will cost $ 350 million to build. || 350000000 USD
Netflix spent $17bn on content last year. || 17000000000 USD
The deal values the group at US$5.2bn. || 5200000000 USD
Exports rose to US$ 32 million in March. || 32000000 USD
The loan of U.S. $400 million was signed in Manila. || 400000000 USD
Qantas reported a profit of A$1.4 billion. || 1400000000 AUD
Shopify raised C$ 20 million from local investors. || 20000000 CAD
Property prices in Kowloon topped HK$30,000 per square foot. || 30000 HKD
Temasek invested S$500 million in the project. || 500000000 SGD
Fonterra paid NZ$8.50 per kilogram of milk solids. || 8.50 NZD
Petrobras will invest R$ 10 billion in new platforms. || 10000000000 BRL
TSMC set aside NT$1 trillion for new fabs. || 1000000000000 TWD
The European Union approved a €750 billion recovery fund. || 750000000000 EUR
Italy will receive about €191.5 billion in grants and loans. || 191500000000 EUR
The fine amounted to €4.34bn, the largest ever imposed. || 4340000000 EUR
A coffee in Rome costs €1.20. || 1.20 EUR
The club sold the striker for £85m. || 85000000 GBP
Rishi Sunak announced a £350 million package for schools. || 350000000 GBP
Tesco reported a pre-tax profit of £2.6bn. || 2600000000 GBP
The painting sold for £1,250,000 at Christie's. || 1250000 GBP
Toyota expects an operating profit of ¥4.3 trillion. || 4300000000000 JPY
A bowl of ramen costs ¥980 in Tokyo. || 980 JPY
The budget sets aside ₹39.45 lakh crore for the year. || 39450000000000 INR
The ministry released ₹2,000 crore to the states. || 20000000000 INR
Farmers will receive ₹6,000 a year under the scheme. || 6000 INR
Samsung posted an operating profit of ₩10.4 trillion. || 10400000000000 KRW
The central bank set aside ₦1.2 trillion for farmers. || 1200000000000 NGN
Ayala Land earmarked ₱100 billion for new projects. || 100000000000 PHP
Gazprom paid ₽500 billion in dividends. || 500000000000 RUB
The Turkish lira fell as the bank sold ₺30 billion in bonds. || 30000000000 TRY
Israel's defence budget rose to ₪60 billion. || 60000000000 ILS
Thai Airways needs ฿50 billion to restructure. || 50000000000 THB
Capital expenditure was raised to Rs 7.5 lakh crore. || 7500000000000 INR
Each beneficiary will get Rs 1,20,000 in assistance. || 120000 INR
The project was approved at a cost of Rs. 4,500 crore. || 45000000000 INR
The police seized cash worth Rs 50 lakh from the car. || 5000000 INR
A litre of petrol costs Rs 96.72 in Delhi. || 96.72 INR
The company's market value crossed Rs 20 lakh crore. || 20000000000000 INR
Grameenphone paid Tk 1,200 crore in taxes. || 12000000000 BDT
The loan of KSh 150 billion was signed in Nairobi. || 150000000000 KES
Eskom needs R400 billion to fix its power stations. || 400000000000 ZAR
Sasol reported headline earnings of R17.6 billion. || 17600000000 ZAR
Petronas will pay RM50 billion in dividends. || 50000000000 MYR
The government will spend Rp 72 trillion on subsidies. || 72000000000000 IDR
The bank raised USD 750 million through a bond sale. || 750000000 USD
The World Bank approved a loan of 15 billion USD. || 15000000000 USD
Revenue reached EUR 3.2 billion in 2022. || 3200000000 EUR
The group paid GBP 400m for the stake. || 400000000 GBP
Nestle raised CHF 2 billion in a bond sale. || 2000000000 CHF
The deal is worth JPY 1.5 trillion. || 1500000000000 JPY
The fund holds 3 billion CNY in bonds. || 3000000000 CNY
Imports were valued at INR 5,000 crore. || 50000000000 INR
The contract is worth AUD 1.1 billion. || 1100000000 AUD
Ericsson reported sales of SEK 263 billion. || 263000000000 SEK
Equinor paid NOK 30 billion in taxes. || 30000000000 NOK
The airline raised 500 million EUR from investors. || 500000000 EUR
He paid five million dollars for the house. || 5000000 USD
The government spent half a billion dollars on the stadium. || 500000000 USD
The lottery prize is a billion dollars. || 1000000000 USD
She inherited two hundred thousand euros from her aunt. || 200000 EUR
The ticket cost twenty-five dollars. || 25 USD
The festival made one and a half million pounds. || 1500000 GBP
The mayor earned ten thousand dollars a month. || 10000 USD
The company paid 2 million US dollars in fines. || 2000000 USD
The airport cost 45 billion Hong Kong dollars. || 45000000000 HKD
Exports were worth 12 million Australian dollars. || 12000000 AUD
Siemens invested 3 billion euros in Germany. || 3000000000 EUR
The club paid 40 million pounds sterling for the player. || 40000000 GBP
Pakistan received 750 billion rupees in remittances. || 750000000000 PKR
The bank lent 1.2 trillion yuan to small firms. || 1200000000000 CNY
The central bank injected 500 billion renminbi into the market. || 500000000000 CNY
The yen deal was worth 2 trillion yen. || 2000000000000 JPY
Samsung paid 1.2 trillion won for the plant. || 1200000000000 KRW
The oligarch lost 300 billion roubles in a year. || 300000000000 RUB
Russia's budget deficit reached 3 trillion rubles. || 3000000000000 RUB
Vale paid 10 billion reais in compensation. || 10000000000 BRL
Dangote invested 500 billion naira in the refinery. || 500000000000 NGN
Emaar raised 2 billion dirhams in a sukuk sale. || 2000000000 AED
Aramco paid 70 billion Saudi riyals in dividends. || 70000000000 SAR
UBS agreed to pay 3 billion Swiss francs. || 3000000000 CHF
Mexico's Pemex owes 2 trillion pesos. || 2000000000000 MXN
The mine cost 5 billion rand to build. || 5000000000 ZAR
Maybank earned 9 billion ringgit last year. || 9000000000 MYR
Thailand approved a 500 billion baht stimulus. || 500000000000 THB
Istanbul's metro will cost 20 billion lira. || 20000000000 TRY
Volvo cut costs by 5 billion kronor. || 5000000000 SEK
Poland will spend 100 billion zloty on defence. || 100000000000 PLN
Hungary borrowed 900 billion forints. || 900000000000 HUF
Vietnam's exports reached 300 trillion dong. || 300000000000000 VND
Indonesia allocated 100 trillion rupiah to health. || 100000000000000 IDR
Bangladesh raised 50 billion taka from bonds. || 50000000000 BDT
Kenya Airways lost 38 billion Kenyan shillings. || 38000000000 KES
Ghana cut spending by 10 billion cedis. || 10000000000 GHS
Ukraine printed 400 billion hryvnias. || 400000000000 UAH
Egypt raised the price to 15 Egyptian pounds. || 15 EGP
A bus fare costs 35 cents. || 0.35 USD
The stamp costs 20 pence. || 0.20 GBP
The price rose by 50 paise per litre. || 0.50 INR
The company pays a dividend of 12 cents a share. || 0.12 USD
Lululemon paid c $ 16 million for the Vancouver studio. || 16000000 CAD
The bank raised hk $ 10 billion from the share sale. || 10000000000 HKD
Fonterra lifted its forecast to nz $ 8.40 per kilogram. || 8.40 NZD
Rio Tinto booked a C $ 2.1 billion charge on the smelter. || 2100000000 CAD
The Sydney flat sold for au$1.2 million. || 1200000 AUD
The clerk said the ticket cost thirteen dollars and forty-five cents. || 13.45 USD
"That will be thirteen dollars forty five," the cashier said. || 13.45 USD
The late-return fine at the Leeds library is twenty pounds fifty. || 20.50 GBP
Travellers may carry 10 us dollars and 100 chinese yuan without a declaration. || 10 USD; 100 CNY
Prices ranged from 10 dollars to 100 yuan at the stall. || 10 USD; 100 CNY
A bowl of noodles costs 100元 in Shanghai. || 100 CNY
The Tbilisi court set bail at ₾100,000. || 100000 GEL
A night at the Vientiane guest house costs ₭250,000. || 250000 LAK
Costa Rica's budget sets aside ₡1.5 trillion for roads. || 1500000000000 CRC
Almaty raised the metro fare to ₸150. || 150 KZT
Baku airport charges ₼25 for a transfer. || 25 AZN
Dhaka's budget grew to ৳7.6 lakh crore. || 7600000000000 BDT
The Ulaanbaatar flat sold for ₮180 million. || 180000000 MNT
A loaf of bread in Tbilisi costs 2 ₾ at the market. || 2 GEL
Lagos commuters now pay 500 ₦ a ride. || 500 NGN
The Manila jeepney fare rose to 13 ₱. || 13 PHP
Kyiv cut the metro fare to 8 ₴. || 8 UAH
The ministry fined the trader 100,000 Georgian lari. || 100000 GEL
Kazakhstan's fund holds 9 trillion tenge. || 9000000000000 KZT
The Japanese auctioneer accepted a one-yen bid for the bankrupt golf course. || 1 JPY
Banks will charge a five-dollar fee for paper statements. || 5 USD
Elmwood Village is a 72-room, seven-million-dollar hotel. || 7000000 USD
The postal service asked for a 2-cent increase in first-class mail. || 0.02 USD
Zenith signed a $10-million deal with the port authority. || 10000000 USD
Visitors must buy a 10-euro pass for the museum. || 10 EUR
Zimbabwe's central bank printed Z$1.5 million worth of new notes. || 1500000 ZWL
A loaf of bread cost 1 trillion Zimbabwean dollars in Harare. || 1000000000000 ZWL
Hyperinflation has devalued the Zimbabwean dollar; in Zimbabwe banknotes up to $100 trillion have been printed. || 100000000000000 ZWL
The Turkish central bank swapped one million old Turkish lira for one new lira. || 1000000 TRL; 1 TRY
Russia's 1998 redenomination swapped 1,000 old roubles for one new rouble. || 1000 RUR; 1 RUB
"It cost me 50 quid," the fan said. || 50 GBP
"A bowl of noodles is 15 kuai," the vendor said. || 15 CNY
"A steamed bun is 2 kuai 5 mao," the vendor said. || 2.5 CNY
In 1949 Mao proclaimed the People's Republic. ||
"He makes $50k a year," she said. || 50000 USD
"I paid 20 bucks for it," he said. || 20 USD
Norwegian placed a US$3.1bn (UK£1.5bn) order for 42 jets. || 3100000000 USD; 1500000000 GBP
EADS won a US$40 billion (GB£20.1 billion) tanker contract. || 40000000000 USD; 20100000000 GBP
Banks allowed withdrawals of up to 2,500 Haitian gourdes a day. || 2500 HTG
The island's budget grew to EC$1.2 billion. || 1200000000 XCD
Dar es Salaam raised the bus fare to TSh 750. || 750 TZS
Kampala traders paid USh 20,000 in market dues. || 20000 UGX
The Bucharest court ordered damages of 50,000 Romanian lei. || 50000 RON
Lima's metro line will cost 5 billion Peruvian soles. || 5000000000 PEN
The hotel in Bridgetown sold for 40 million Barbadian dollars. || 40000000 BBD
Reykjavik fined the bank 1.2 billion Icelandic krónur. || 1200000000 ISK
Kabul's market sold a sack of flour for ؋2,000. || 2000 AFN
"I lost fifty grand at the track," he said. || 50000 USD
"That car set me back $5 grand," she said. || 5000 USD
Growers asked for about 2.50 eur for 100 kg of grapes. || 2.50 EUR
"It was 20 usd at the border," the driver said. || 20 USD
The ticket cost 25 $ at the door. || 25 USD
The museum charges ten euros and fifty cents for entry. || 10.50 EUR
montgomery county , md . - - $ 75 , 000 , 000 of general obligation bonds were sold . || 75000000 USD
A billion-dollar disaster now strikes the country every three weeks. ||
Emails discussed a USD$23 billion dollar deal with Boeing. || 23000000000 USD
A grand jury indicted the mayor on Tuesday. ||
Nadal has won five grand slams on clay. ||
The hall kept two grand pianos from 1990 grand opera seasons. ||
The state shipped a 20-pound turkey to every shelter. ||
The historic $200 billion investment passed. || 200000000000 USD
Sales rose 5% to 1 million units. ||
Unemployment fell to 3.5 per cent in May. ||
More than 1 million people attended the rally. ||
The match ended 3-1 after extra time. ||
The law was passed in 2019 and amended in 2021. ||
The Boeing 747 carried 416 passengers. ||
She scored 28 points and 12 rebounds. ||
The survey of 2,000 voters was taken in March. ||
Call 555-0100 for details. ||
The population reached 1.4 billion in 2022. ||
The temperature rose to 45 degrees. ||
The team won 3 games in a row. ||
He lost 20 pounds of weight over the summer. ||
In 2019 won the prize for the third time, she said. ||
Interest rates stayed at 5.25%. ||
The index rose 120 points to 34,500. ||
About 500 troops were deployed to the border. ||
The car travels 300 km on a single charge. ||
Between 2010 and 2020 the city grew by a third. ||
The building has 102 floors and 6,500 windows. ||
Between $3 million and $4 million was spent on repairs. || 3000000-4000000 USD
The project will cost $5-10 million. || 5000000-10000000 USD
Prices range from ¥1,200 to ¥1,500 per night. || 1200 JPY; 1500 JPY
The firm expects revenue of €2 billion to €2.5 billion. || 2000000000-2500000000 EUR
The house is valued at $3 to $4 million. || 3000000-4000000 USD
Salaries range from £30,000 to £45,000. || 30000 GBP; 45000 GBP
The fund will raise 5-10 million dollars. || 5000000-10000000 USD
Costs are estimated at Rs 500-600 crore. || 5000000000-6000000000 INR
The company paid about $2 million to settle. || 2000000 USD
Nearly $5 billion was wiped off its value. || 5000000000 USD
Losses reached more than €1 billion. || 1000000000 EUR
Investors could get up to £500 each. || 500 GBP
The tickets cost $120 each. || 120 USD
The shares were priced at $42 a share. || 42 USD
Workers earn $15 an hour. || 15 USD
The rent is $2,000 a month. || 2000 USD
Oil traded at $85 a barrel. || 85 USD
Gold rose to $2,400 an ounce. || 2400 USD
The subscription costs $99 per year. || 99 USD
Each family will get $1,400 per person. || 1400 USD
The deal is worth $5 million a year. || 5000000 USD
He spent £20 a week on food. || 20 GBP
Apple paid $3 billion for Beats and $1 billion for Intel's modem unit. || 3000000000 USD; 1000000000 USD
The EU fined Google €2.4bn in 2017 and €4.3bn in 2018. || 2400000000 EUR; 4300000000 EUR
Sales rose to $5 billion, while profit fell to $800 million. || 5000000000 USD; 800000000 USD
The fund holds 3 billion yuan (about $450 million). || 3000000000 CNY; 450000000 USD
The loan of ¥10 billion equals about $70 million. || 10000000000 JPY; 70000000 USD
Tata paid £1.5bn and Rs 2,000 crore for the two firms. || 1500000000 GBP; 20000000000 INR
The budget includes $ 2.5 million for roads and $ 500,000 for parks. || 2500000 USD; 500000 USD
A salary of $85,000 and a bonus of $10,000 were agreed. || 85000 USD; 10000 USD
The firm made a loss of $3.2m, compared with a profit of $1.1m a year earlier. || 3200000 USD; 1100000 USD
Under the plan, $10 billion goes to Ukraine and $4 billion to Israel. || 10000000000 USD; 4000000000 USD
In Pakistan, the government in Islamabad allocated Rs 1.5 trillion to defence, the Pakistani finance minister said. || 1500000000000 PKR
China's Beijing government issued ¥500 billion in special bonds for Chinese provinces. || 500000000000 CNY
The Australian miner, listed in Sydney, reported a profit of A$2 billion and paid $1.5 billion in dividends. || 2000000000 AUD; 1500000000 AUD
In Sri Lanka, Colombo raised Rs 30 billion to pay for fuel imports for Sri Lankan buses. || 30000000000 LKR
Microsoft agreed to buy Activision Blizzard for $68.7 billion. || 68700000000 USD
Elon Musk bought Twitter for $44bn in 2022. || 44000000000 USD
The IMF approved a $3 billion bailout for Sri Lanka. || 3000000000 USD
The Federal Reserve bought $120 billion of bonds each month. || 120000000000 USD
SoftBank's Vision Fund lost $32 billion. || 32000000000 USD
The Pentagon awarded a $10bn cloud contract. || 10000000000 USD
The Gates Foundation pledged $1.27 billion to global health. || 1270000000 USD
Spain was allocated €69.5 billion in grants. || 69500000000 EUR
The fine of £3.5m was paid to the regulator. || 3500000 GBP
The ECB bought €1.85 trillion of bonds. || 1850000000000 EUR
Volkswagen set aside €30 billion for the diesel scandal. || 30000000000 EUR
Meta was fined €1.2 billion by Irish regulators. || 1200000000 EUR
BP agreed to pay £3.5m to settle the claim. || 3500000 GBP
The Bank of England bought £895bn of gilts. || 895000000000 GBP
Reliance raised Rs 53,124 crore in a rights issue. || 531240000000 INR
Adani Group's market value fell by Rs 9 lakh crore. || 9000000000000 INR
The GST collection stood at ₹1.87 lakh crore in April. || 1870000000000 INR
The scheme has a corpus of ₹10,000 crore. || 100000000000 INR
Nigeria's budget of ₦21.83 trillion was signed into law. || 21830000000000 NGN
Sony earned ¥1.2tn in operating profit. || 1200000000000 JPY
The sovereign fund invested $2.5bn in Brazil. || 2500000000 USD
The charity received a $ 50,000 grant. || 50000 USD
Investors lost $ 1.2 trillion in a single day. || 1200000000000 USD
A $15 minimum wage was approved. || 15 USD
The $1.2 trillion infrastructure law passed the Senate. || 1200000000000 USD
The city's $ 3 billion budget was approved. || 3000000000 USD
He received a $5-million signing bonus. || 5000000 USD
The province set aside a $2.5-billion fund. || 2500000000 USD
The company's shares fell $3.20 to $45.10. || 3.20 USD; 45.10 USD
The sale raised 1.5 million dollars for charity. || 1500000 USD
The bill includes 50 billion dollars for chips. || 50000000000 USD
The team paid a million dollars for the rights. || 1000000 USD
Investors poured three billion dollars into the fund. || 3000000000 USD
The prize was worth a hundred thousand dollars. || 100000 USD
It was the first time in 20 years that the bank cut rates. ||
The 2024 election will be held in November. ||
Over 10,000 homes lost power in the storm. ||
The company employs 150,000 people in 40 countries. ||
The virus killed 6.9 million people worldwide. ||
The ratio improved to 1.5 times. ||
The Dow fell 500 points, or 1.5%. ||
The plane flew at 35,000 feet. ||
Windows 11 was released in October 2021. ||
The R&D budget was cut. ||
Rs. ||
The dollar weakened against the euro and the yen. ||
The pound and the rupee fell. ||
Cases rose from 5,000 to 7,500. ||
The bread costs 99p at the corner shop. || 0.99 GBP
A stamp now costs 50c more. || 0.50 USD
He was fined 500 pounds by the magistrates. || 500 GBP
The boxer weighed 200 pounds before the fight. ||
Dubai's Emaar sold homes worth Dh10 billion. || 10000000000 AED
Qatar Airways posted a profit of QR4.4 billion. || 4400000000 QAR
Aramco's net income was SR 454 billion. || 454000000000 SAR
Kuwait's budget shows a deficit of KD 5.9 billion. || 5900000000 KWD
Alibaba's revenue rose to RMB 234 billion. || 234000000000 CNY
The property was sold for Rmb5bn. || 5000000000 CNY
Egypt's wheat subsidy costs E£36 billion. || 36000000000 EGP
Ghana's cocoa board borrowed GH¢5 billion. || 5000000000 GHS
The R2 road was closed after the crash. ||
Woolworths sells the shirt for R199.99. || 199.99 ZAR
The minister earns R2,5 million a year. ||
Nestle bought the brand for SFr 2.6 billion. || 2600000000 CHF
Safaricom paid Sh 1.2 billion in dividends. || 1200000000 KES
The shares rose $1.50 to $30. || 1.50 USD; 30 USD
Prices fell €2 to €18 a tonne. || 2 EUR; 18 EUR
The fund raised USD1.5bn in its first close. || 1500000000 USD
The airline lost $ 10.5bn in 2020. || 10500000000 USD
The country needs $5bn-$6bn a year. || 5000000000-6000000000 USD
Spending will rise to $1.5 million-$2 million. || 1500000-2000000 USD
The chip plant will cost $30-$40 billion. || 30000000000-40000000000 USD
The bonus pool was 1.5 lakh rupees per employee. || 150000 INR
He sold the car for 50,000 rupees. || 50000 INR
The company raised 300 million yen. || 300000000 JPY
The firm paid 3bn yuan for the land. || 3000000000 CNY
The deficit reached $5.3 trn. || 5300000000000 USD
China's debt is $2.5 tn. || 2500000000000 USD
Gold was sold at $1,950/ounce. || 1950 USD
Power costs 10 cents per kilowatt-hour in Texas. || 0.10 USD
The lender wrote off $5,000,000 in bad loans. || 5000000 USD
The grant of $0.5 million was approved. || 500000 USD
The exchange rate was US$1 = 7.2 yuan. || 1 USD; 7.2 CNY
He earned $400,000 in 2019 and $500,000 in 2020. || 400000 USD; 500000 USD
The cabinet approved Rs 25,000 crore for railways. || 250000000000 INR
The Korean won fell to 1,400 won per dollar. || 1400 KRW
A barrel of Brent cost 82 dollars. || 82 USD
The tariff is 5 euro per passenger. || 5 EUR
Leaders gathered at COP28 in Dubai and at COP 26 in Glasgow. ||
Progress on SDG 7 and the G20 agenda was discussed. ||
The airline lost over $1 billion – a cumulative price tag of $5 billion. || 1000000000 USD; 5000000000 USD
Late fees fell from $30 to $8 under the rule. || 30 USD; 8 USD
The cap rose from $500,000 to $2 million. || 500000 USD; 2000000 USD
The department announced $45 million – $20 million from the new law. || 45000000 USD; 20000000 USD
Gas has dropped to $3.20 – a decrease of 5 cents. || 3.20 USD; 0.05 USD
The agency has invested $432 million – an 18-fold increase. || 432000000 USD
The bank lent COP 500 billion to farmers in Bogota. || 500000000000 COP
Brent crude rose to USD 85 a barrel on supply worries. || 85 USD
European carbon permits traded at EUR 80 per tonne on Monday. || 80 EUR
Stalls at the fair charge GBP 30 for a pitch. || 30 GBP
Concert tickets cost 20€ at the door in Lyon. || 20 EUR
Day passes in the park run 5 € to 500 € depending on the season. || 5-500 EUR
Kuwait lent the fund 5 million Kuwaiti dinars last spring. || 5000000 KWD
Baghdad set aside 3 billion Iraqi dinars for reconstruction. || 3000000000 IQD
The Amman council spent 40 Jordanian dinars per household. || 40 JOD
Muscat approved 2 million Omani rials for desalination. || 2000000 OMR
Cairo borrowed LE 17 billion from local banks. || 17000000000 EGP
A ferry ticket from Oslo costs 300 kroner in Norway this summer. || 300 NOK
The Prague clinic charged 5,000 koruna for the test. || 5000 CZK
Hawkers in Penang earned 50 ringgits a day. || 50 MYR
The Ulaanbaatar market sold felt boots for 20 tugrik less than last year. || 20 MNT
Gas rose 25¢ a gallon over the weekend. || 0.25 USD
Candy bars once sold for 99 pennies. || 0.99 USD
In 1995 the Bundesbank held 5 million Deutsche marks in old notes. || 5000000 DEM
A baguette cost 4 French francs in 1998. || 4 FRF
The painting sold for 10 million Dutch guilders in 1990. || 10000000 NLG
Madrid fined the club 500,000 pesetas in 1999. || 500000 ESP
An espresso in Rome cost 2,000 lire in 2000. || 2000 ITL
Sofia budgeted 5 million lev for roads in 2019. || 5000000 BGN
Zagreb raised 100 million kuna in bonds in 2015. || 100000000 HRK
Repairs should cost between 40 and 60 dollars. || 40-60 USD
The hospital received a quarter million euros from the trust. || 250000 EUR
The programme will cost three quarters of a billion euros. || 750000000 EUR
The minimum wage was 7 dollars 25 cents an hour. || 7.25 USD
Lunch in Kuala Lumpur cost 15 ringgit and 60 sen. || 15.60 MYR
The invoice came to USD240 in all. || 240 USD
A bowl of laksa was RM18 at the hawker centre. || 18 MYR
The subsidiary booked revenue of 45 MUSD in the quarter. || 45000000 USD
Operating profit rose to MSEK 75 in the period. || 75000000 SEK
The exchange seized 0.5 BTC from the account. || 0.5 BTC
The fund holds 2,000 bitcoins in cold storage. || 2000 BTC
Canada ($1.21 billion Canadian) pledged the most per person. || 1210000000 CAD
Recipient Name Initial disbursement SD South Dakota $1,386,014 TN Tennessee $4,651,811 TX Texas (less Houston) $15,555,044 || 1386014 USD; 4651811 USD; 15555044 USD
Awards by state: MA $110,295,475 MD $68,836,836 MN $12,999,876 NC $10,474,010 || 110295475 USD; 68836836 USD; 12999876 USD; 10474010 USD
Each county received $2,000 MN and $5,000 MI under the program. || 2000 USD; 5000 USD
CHI Chicago $2,380,016 HOU Houston $2,174,709 LAC Los Angeles County $6,415,283 NYC New York City $5,480,079 || 2380016 USD; 2174709 USD; 6415283 USD; 5480079 USD
FEATHER RIVER TRIBAL HEALTH, INC. OROVILLE CA $250,000.00 K'IMA:W MEDICAL CENTER HOOPA CA $247,500.00 || 250000.00 USD; 247500.00 USD
STOCKBRIDGE-MUNSEE COMMUNITY BOWLER WI $238,701.00 LAC COURTE OREILLES TRIBAL GOVERNMENT || 238701.00 USD
Average award per resident: $1.50 TN Tennessee $2.25 MN Minnesota || 1.50 USD; 2.25 USD
Global bond issuance reached $1.2 TN last year. || 1200000000000 USD
Public debt hit $1.2TN in March. || 1200000000000 USD
The deal was worth US$5BN to the seller. || 5000000000 USD
Britain's public debt is close to £3tn. || 3000000000000 GBP
The Bank of England's balance sheet neared £3 trillion. || 3000000000000 GBP
A spreadsheet error claimed $5 quadrillion in losses. || 5000000000000000 USD
The stall charged 2 pounds 50 for a pint. || 2.50 GBP
A metro ticket in Lisbon is 3 euros 50. || 3.50 EUR
The menu lists the soup at € 20,43 and the wine at €12,50. || 20.43 EUR; 12.50 EUR
The receipt showed 20,43 € in total. || 20.43 EUR
The transfer was 20 cad and the fee 5 chf. || 20 CAD; 5 CHF
He sold 1 btc for cash. || 1 BTC
Kuwait Airways charges KWD 10 for an extra bag. || 10 KWD
Their stock is between IDR3 and IDR4 a share. || 3-4 IDR
Harare printed Z $ 1.5 million in new notes. || 1500000 ZWL
Lunch in Soweto cost 15 rand and 50 cents. || 15.50 ZAR
A taxi ride in Cape Town costs 90 rand. || 90 ZAR
Ayn Rand wrote 2 Rand novels that sold well. ||
A coffee in Copenhagen is kr 45 and a beer 60 kr. || 45 DKK; 60 DKK
The programmer upgraded to PHP 7 and RON 95 petrol. ||
A used bike went for 10 000 dollars and a car for 1 000 000 $. || 10000 USD; 1000000 USD
The invoice said usd 5 for shipping and eur 20 for handling. || 5 USD; 20 EUR
A pint at the pub was 2 pounds 50p last year. || 2.50 GBP
The Oslo fund held NOK 2 500 000, approx. EUR 214 000, at the end. || 2500000 NOK; 214000 EUR
She bought a $5 coffee on the way in. || 5 USD
The tokenised wire read: it costs a $ 5 coffee . || 5 USD
The invoice came to 1.000,50 € after tax. || 1000.50 EUR
The estate was valued at € 1.234.567,89 by the notary. || 1234567.89 EUR
The Berlin startup reported revenue of 2,5 Mio. € last year. || 2500000 EUR
The ministry set aside 3,75 Mrd. € for the railways. || 3750000000 EUR
A croissant at the station costs 2,5 €. || 2.5 EUR
Petrobras paid R$ 1.234.567,89 in fines. || 1234567.89 BRL
A collector paid 1.500.000 dollars for the painting. || 1500000 USD
The stadium holds 1.000 fans and the ticket was listed at 1.000 € online. || 1000 EUR
Version 1.234.567 of the app shipped on Monday. ||
"I paid a buck for it," he said. || 1 USD
it cost a $ 5 . || 5 AUD
i paid a $ 5 for it in the end . || 5 USD
the charity lives on a $1 a day budget . || 1 USD
The state will launch a $3.5 million, three-year programme. || 3500000 USD
the tokenised copy said a $ 5 fee would apply . || 5 USD
A $ 5 fee applies to every booking. || 5 USD
the bill came to nz $ 3 . || 3 NZD
the deal is worth c $ 16 million . || 16000000 CAD
the tower sold for hk $ 10 billion . || 10000000000 HKD
In Manila, a jeepney ride in the Philippines costs PHP 10. || 10 PHP
Manila's budget for the Philippines rose to PHP 5.2 billion. || 5200000000 PHP
The developers moved from PHP 7 to PHP 8 last year. ||
In Istanbul, a simit costs TL 2 and a tea 5 TL in Turkey. || 2 TRY; 5 TRY
The Istanbul flat was listed at 1,500,000 TL. || 1500000 TRY
The squad's TL 10 was the team leader's call sign. ||
In Tbilisi, Georgia, a bus ticket costs 10 GEL. || 10 GEL
The Georgian government set aside 2.5 million GEL for roads. || 2500000 GEL
The lab bought 10 GEL plates for the assay. ||
In Rio de Janeiro, Brazil, a coffee costs 10 real. || 10 BRL
A Brazilian bus fare rose to 4 reais, or 4.50 reais at night. || 4 BRL; 4.50 BRL
In Brazil there are 10 real problems with the budget. ||
In Brazil the plan is making a real and immediate impact. ||
In Brazil the fare of 4 real, and the toll of 10 real for cars, rose. || 4 BRL; 10 BRL
A bowl of pho in Hanoi cost 30,000đ. || 30000 VND
The street vendor charged 15.000 đ for a baguette. || 15000 VND
"I paid a buck fifty for the coffee," he said. || 1.50 USD
"It cost me a buck fifty," she said. || 1.50 USD
The developer built 2 million-dollar homes on the lot. ||
The developer built 3 billion-dollar towers downtown. ||
The developer sold a 2 million-dollar home to the mayor. || 2000000 USD
The rupee traded at 76.25 to a dollar on Friday. ||
The rupee closed at 76.25 rupees to one dollar. || 76.25 INR
The peso was at 20 pesos to the dollar. || 20 MXN
The used car was listed at 20.000 £ in the ad. || 20000 GBP
The Munich flat cost 350.000 € last year. || 350000 EUR
Diesel was 1.459 €/l at the pump. ||
The Zurich chalet sold for 1.250.000 CHF. || 1250000 CHF
the price is 10 us dollars and 100 chinese yuan . || 10 USD; 100 CNY
it cost 5 euros and 20 british pounds . || 5 EUR; 20 GBP
he paid £20 and $30 for the two tickets . || 20 GBP; 30 USD
she owes me twenty dollars and fifty cents . || 20.50 USD
he paid one hundred dollars and five cents . || 100.05 USD
the fine was three thousand euros and ten cents . || 3000.10 EUR
a ticket costs ₹ 500 and a meal 200 ₹ . || 500 INR; 200 INR
the bag costs ¥ 3,000 or 3,000 ¥ online . || 3000 JPY; 3000 JPY
a coffee is ₩4,500 or 4,500₩ in Seoul . || 4500 KRW; 4500 KRW
it costs ₺ 50 in Ankara . || 50 TRY
the ticket was 50 ₺ . || 50 TRY
a loaf costs ₴ 30 in Kyiv . || 30 UAH
a loaf costs 30 ₴ in Kyiv . || 30 UAH
the fare is ₦ 200 in Lagos . || 200 NGN
the fare is 200 ₦ in Lagos . || 200 NGN
the rent is ₱ 15,000 a month . || 15000 PHP
the rent is 15,000 ₱ a month . || 15000 PHP
a coffee is ₪ 12 in Tel Aviv . || 12 ILS
a coffee is 12 ₪ in Tel Aviv . || 12 ILS
a bowl of pho costs ₫ 40,000 . || 40000 VND
a bowl of pho costs 40,000 ₫ . || 40000 VND
a taxi costs ৳ 300 in Dhaka . || 300 BDT
a taxi costs 300 ৳ in Dhaka . || 300 BDT
the fare is ₸ 150 in Almaty . || 150 KZT
the fare is 150 ₸ in Almaty . || 150 KZT
the meal cost ₼ 25 in Baku . || 25 AZN
the meal cost 25 ₼ in Baku . || 25 AZN
the room costs ₭ 250,000 a night . || 250000 LAK
the coffee costs ₡ 1,500 in San José . || 1500 CRC
the coffee costs 1,500 ₡ in San José . || 1500 CRC
a ticket costs 100 元 . || 100 CNY
she got a five-dollar tip and a ten-euro voucher . || 5 USD; 10 EUR
they signed a $10-million contract . || 10000000 USD
he lost 50 bucks on the game . || 50 USD
he lost 50 quid on the game . || 50 GBP
it set me back $50k . || 50000 USD
it cost a dollar and a half . || 1.50 USD
he sold it for ten pounds and a half . || 10.50 GBP
i paid 15 and a half dollars for the book . || 15.50 USD
the club spent 2 and a half million euros on the striker . || 2500000 EUR
he bought 5 and a half dozen eggs for $3 . || 3 USD
he paid r $ 200 for the shoes . || 200 BRL
the fare was R $ 4.50 in Rio . || 4.50 BRL
she found a half dollar in the street . || 0.50 USD
The government spends more than a half-a-trillion dollars buying goods. || 500000000000 USD
The trust spends half-a-million euros a year on grants. || 500000 EUR
Acme will pay a one-and-a-half-billion dollar fine. || 1500000000 USD
We spend one-and-a-half trillion dollars this year. || 1500000000000 USD
"It cost me a buck," she said. || 1 USD
The hunter shot a buck near the river. ||
He moved to the city to make a buck. ||
"He still owes me a grand," she said. || 1000 USD
He paid five grand for the car. || 5000 USD
The minister paid a grand tribute to the nurses. ||
The villa has three grand staircases. ||
"A bottle of water is 5 mao," the vendor said. || 0.5 CNY
They paid 10 yuan and 2 jiao for the tea. || 10.2 CNY
The paper cost 5 pounds and 50 pence. || 5.50 GBP
A tram ticket is 3 euros 20 cents. || 3.20 EUR
The receipt listed 10 yuan and 20 jiao. || 10 CNY; 2 CNY
A coffee in Seoul costs 4500 won. || 4500 KRW
The museum charges 1000 won for children. || 1000 KRW
Of the 1500 entrants, 1200 won a medal. ||
Of the 30 candidates, 12 won. ||
In Amman, a taxi ride costs 5 dinars. || 5 JOD
Kuwait's parliament approved a grant of 3,000 dinars per citizen. || 3000 KWD
He said the fee was 100 dinars. ||
In Dakar, a kilo of rice sells for 500 FCFA. || 500 XOF
Cameroon will borrow 200 billion FCFA from local banks. || 200000000000 XAF
A taxi across Abidjan costs 1 000 F CFA. || 1000 XOF
Cameroon pays teachers a bonus of 50,000 CFA francs. || 50000 XAF
The Bank of Sierra Leone printed Le 2 billion in new notes. || 2000000000 SLE
Rice costs Le 50,000 a bag in Freetown. || 50000 SLE
The Freetown budget was 3 trillion leones. || 3000000000000 SLE
"Le 14 juillet" is France's national day. ||
A coffee in Addis Ababa costs 2 birr. || 2 ETB
Yangon traders paid 100,000 kyats for a tonne of rice. || 100000 MMK
The tour cost 5,000 riels in Phnom Penh. || 5000 KHR
A Tehran taxi driver earns 900,000 rials a week. || 900000 IRR
A guesthouse in Vientiane charges 150,000 kip a night. || 150000 LAK
He said the bill was 20,000 rials. ||
He took a 5 kip after lunch. ||
The factory makes 100,000 soles a month. ||
Botswana's finance ministry spent P1.2 billion on roads. || 1200000000 BWP
The Philippine senate approved P5.2 billion for schools in Manila. || 5200000000 PHP
In Manila, the P5 envoys met near the S&P 500 ticker. ||
A villa in Aruba costs ƒ 450,000. || 450000 AWG
The lens on the camera is ƒ2.8 and costs $500. || 500 USD
He paid P50 million for the house. ||
Delegates at COP28 agreed on a fund for SDG 7 targets. ||
Enrollment by state: SD 9,770 KS 23,870 TN 66,270 KY 16,480 TX ||
The G20 finance ministers met in Rio. ||
Sen. Smith cast 5 Sen. votes against it. ||
No family will pay a penny more in taxes under the plan. ||
Help lines are open from 8:30a.m. to 7:30p.m. on weekdays. ||
The agencies will advance 2030 SDG and climate goals together. ||
A spreadsheet export showed $1e308 billion, an overflow, not a payment. ||
The estate was sold for one million two hundred thousand dollars. || 1200000 USD
The charity raised two million five hundred thousand euros. || 2500000 EUR
The repair bill was one thousand two hundred and thirty four dollars. || 1234 USD
Congress added two billion three hundred million dollars to the bill. || 2300000000 USD
The broker kept 1 million 200 thousand dollars of the fee. || 1200000 USD
The ministry paid 1 crore 20 lakh rupees for the land. || 12000000 INR
The plan costs one point five million dollars. || 1500000 USD
The prize was 3 1/2 million dollars. || 3500000 USD
The town spent 1/2 million dollars on the bridge. || 500000 USD
A tip of half a dollar was left on the table. || 0.5 USD
The estate went for a million and a half dollars. || 1500000 USD
The coin was worth a quarter of a dollar. || 0.25 USD
The lawyer billed seven hundred thousand dollars and fifty cents. || 700000.50 USD
"That's $20 and 43c," the cashier said. || 20.43 USD
The receipt read 20 dollar 43c. || 20.43 USD
The cab fare came to $20 43. || 20.43 USD
"It comes to twenty dollar and 43," the driver said. || 20.43 USD
"In Delhi the book costs 20 rupees 43," he said. || 20.43 INR
He paid $500 and 20 others paid nothing. || 500 USD
Tickets are 20 dollars and 15 for children. || 20 USD
The fund paid $20 43 times last year. || 20 USD
The Hamilton firm paid 500 Bermudian dollars in fees. || 500 BMD
Georgetown set the fine at 5,000 Guyanese dollars. || 5000 GYD
Yangon's market sold rice for 2,000 Burmese kyat. || 2000 MMK
The Warsaw court ordered 50,000 Polish złoty in damages and a 100 zł fee. || 50000 PLN; 100 PLN
A Prague beer costs 60 Kč. || 60 CZK
The Bishkek fund raised 2 million Kyrgyzstani som. || 2000000 KGS
Tashkent raised the metro fare to 1,400 Uzbekistani soʻm. || 1400 UZS
Hanoi's vendors charge 20,000 Vietnamese đồng for pho. || 20000 VND
Dubai fined the firm 50,000 United Arab Emirates dirhams. || 50000 AED
The donor gave 500 United States dollars. || 500 USD
Gaborone spent 3 million Botswana pula on clinics. || 3000000 BWP
Sarajevo budgeted 20 million Bosnia and Herzegovina convertible marks. || 20000000 BAM
The ferry ticket cost 10 hk dollars . || 10 HKD
sales fell to s $ 12 million . || 12000000 SGD
temasek put s$5 million into the fund . || 5000000 SGD
the company 's $ 5 million loan was repaid . || 5000000 USD
Exports rose to S $ 3 billion. || 3000000000 SGD
The ad campaign cost USD$ 100 . || 100 USD
Tel Aviv fined the club NIS 500 and the coach 200 NIS. || 500 ILS; 200 ILS
The NIS 2 directive took effect in Brussels. ||
Beirut raised the bread price to LBP 15,000. || 15000 LBP
Kuwait fined the driver 10 KD. || 10 KWD
The site processed ₿7300 in fees. || 7300 BTC
Kingston's budget grew to J$ 900 billion. || 900000000000 JMD
Port of Spain raised TT$ 2 billion. || 2000000000 TTD
Belmopan borrowed BZ$ 50 million. || 50000000 BZD
Suva spent FJ$ 20 million on roads. || 20000000 FJD
Santo Domingo raised RD$ 10 billion. || 10000000000 DOP
Bridgetown spent Bds$ 5 million on the port. || 5000000 BBD
Honiara received SI$ 30 million. || 30000000 SBD
The fare in Lima is S/ 3.50 and a taxi S/. 12. || 3.50 PEN; 12 PEN
A Moscow bun costs 5 rubles 50 kopecks. || 5.50 RUB
The Moscow metro raised the fare by 50 kopecks. || 0.50 RUB
A Beijing stamp costs 3 fen. || 0.03 CNY
A Bangkok sweet costs 50 satang. || 0.50 THB
A Lagos sweet costs 50 kobo. || 0.50 NGN
The Kobo reader costs $99. || 99 USD
Lunch in Mexico City cost 100 pesos and 50 centavos. || 100.50 MXN
A Geneva coffee is 5 francs 50 centimes. || 5.50 CHF
A Rio juice costs 10 reais and 50 centavos. || 10.50 BRL
Embraer stock fell 16 centavos to 8.46 reais in São Paulo. || 8.46 BRL
A Delhi stamp costs 50 paisa. || 0.50 INR
Jakarta hawkers charge 10,000 rupiahs. || 10000 IDR
A Bangkok meal costs 300 bahts . || 300 THB
Jerusalem fined the shop 100 new Israeli shekels. || 100 ILS
A night at the hostel costs from 10 to 20 dollars. || 10-20 USD
Tickets cost from 5 to 10 million euros a season. || 5000000-10000000 EUR
She found a five-pound note in the coat. || 5 GBP
Travellers swapped 100 pounds for 120 euros at the airport. || 100 GBP; 120 EUR
He carried 5 euros, 3 pounds and 2 dollars. || 5 EUR; 3 GBP; 2 USD
In 1990 bonn lent the fund dm 5 million . || 5000000 DEM
The 1995 contract was worth DM 1,500 a month. || 1500 DEM
"Send me a DM 5 minutes before," she wrote. ||
In 1991 the Bundesbank sold 1.8 billion marks of bonds. || 1800000000 DEM
He got 10 marks out of 10 and full marks in maths. ||
In 1994 the EIB lent ECU 500 million and ecu 2.5 billion . || 500000000 XEU; 2500000000 XEU
The 1996 budget held 80 billion ecus for farms. || 80000000000 XEU
Bosch shipped 5 million ECUs to carmakers. ||
The fund held 2 billion European currency units in 1997. || 2000000000 XEU
net profit rose to 5 mln dlrs from 4 mln dlrs . || 5000000 USD; 4000000 USD
bp sold the stake for 10 mln stg . || 10000000 GBP
Fuel outlets cut prices by 5 to 10 cents per litre. || 0.05-0.10 USD
A taxi ride costs ten to twenty dollars. || 10-20 USD
The shop charged 100 krw, 100 myr and 100 vnd for samples. || 100 KRW; 100 MYR; 100 VND
The invoice listed inr 500 and aud 20 for shipping. || 500 INR; 20 AUD
"A steamed bun is 2 yuan 5 jiao 3 fen," the vendor said. || 2.53 CNY
A samosa costs 20Rs at the stall and chai 10 Rs. || 20 INR; 10 INR
A Penang kuih costs 10 sen. || 0.10 MYR
The group made a 1.5 billion-pound bid for the brewer. || 1500000000 GBP
In 1998 the Dublin unit had sales of 4.5 million Irish pounds. || 4500000 IEP
Prices rose from 10 to 20 dollars over the year. || 10 USD; 20 USD
The stock fell 5 to 4 euros a share. || 5 EUR; 4 EUR
Petrol in Sydney dropped by 1 to 2 cents. || 0.01-0.02 USD
Funding fell from $66 billion in February 2020 to $30 billion in April 2020. || 66000000000 USD; 30000000000 USD
The pay gap narrowed from 59 cents in 1963 to 84 cents in 2021. || 0.59 USD; 0.84 USD
"A bowl of noodles is 5 kuai 5," the vendor said. || 5.5 CNY
"It cost me a quid," she said. || 1 GBP
"He makes £50k a year," she said. || 50000 GBP
"At the door it was 5 bucks 50," he said. || 5.50 USD
Sales were 1 million and 200 thousand units. ||
The election drew one million two hundred thousand voters. ||
He ran the 3 1/2 mile course in 2/4 time. ||
the chip plant cost nt $ 1 trillion . || 1000000000000 TWD
The foundry set aside NT $ 1 trillion for new fabs. || 1000000000000 TWD
a shirt at the Tijuana market costs mex $ 200 . || 200 MXN
the carnival fare in Port of Spain was tt$ 5 . || 5 TTD
FEATHER RIVER HEALTH, OROVILLE CA $250,000.00 for clinics. || 250000.00 USD
"A bottle costs 99 ¢," the grocer said. || 0.99 USD
It cost sfr 10 in Zurich. || 10 CHF
The Prague court fined the firm 10 million Czech crowns. || 10000000 CZK
Volvo's rival saved 2 billion Swedish crowns. || 2000000000 SEK
The king wore 3 crowns at the coronation. ||
Guatemala City raised the fare to 5 Guatemalan quetzales. || 5 GTQ
Asunción paid 10,000 Paraguayan guaranies a day. || 10000 PYG
Skopje fined the club 50,000 Macedonian denars. || 50000 MKD
In Zimbabwe banknotes up to $100 trillion have been printed. || 100000000000000 ZWL
In Zimbabwe, the government paid $2 million to striking pilots. || 2000000 USD
The US debt is $30 trillion and Zimbabwe's is $10 billion. || 30000000000000 USD; 10000000000 USD
The fund invested 1 point 5 million dollars. || 1500000 USD
He scored 1 point 5 times in a row. ||
The renovation cost 2 hundred thousand dollars. || 200000 USD
The repair cost 2 hundred dollars. || 200 USD
He led a $140MM agency and a staff of 300. || 140000000 USD
The state is investing $50mm in hospitals. || 50000000 USD
The central bank holds $3 trln in reserves. || 3000000000000 USD
A 35 mm camera cost $500 at the fair. || 500 USD
It costs a third of a million dollars. ||
It costs two-thirds of a billion dollars. ||
"He paid 5 dollars fifty for it," she said. || 5.50 USD
The ticket was 10 euros twenty. || 10.20 EUR
He paid 10 euros twenty times. || 10 EUR
It cost 2 dollars fifty. || 2.50 USD
The retail price is $199USD in the US. || 199 USD
The menu listed the wine at 19.99EUR. || 19.99 EUR
The hostel charged 20usd a night. || 20 USD
The flour weighed 100KGS on the scale. ||
The 3BHK flat costs Rs 50 lakh. || 5000000 INR
The taxi charged kwd 20 to the airport. || 20 KWD
The invoice read 19.99 Eur for shipping. || 19.99 EUR
"It costs a dime," the vendor said. || 0.10 USD
"It cost me a penny," she said. || 0.01 USD
She found 5 nickels in the couch. || 0.25 USD
Households can now get internet without paying a dime. ||
He won't pay a penny of it. ||
The old records were a dime a dozen. ||
Miners shipped ore from 20 nickel mines. ||
The estate fetched three million, two hundred thousand dollars. || 3200000 USD
The Paris toll is 2€50 for cars. || 2.50 EUR
A Marseille coffee costs 2€50. || 2.50 EUR
The Madrid club spent 1,5 million euros on the pitch. || 1500000 EUR
The Lisbon budget holds 2,5 billion EUR for trains. || 2500000000 EUR
The club's 1,5 million fans paid €5 each. || 5 EUR
The Toronto airline charged CDN$ 35 for a bag. || 35 CAD
The Calgary firm paid Cdn$35 million. || 35000000 CAD
The Ottawa fund raised CAD$35 million. || 35000000 CAD
A Tokyo ramen ticket cost 3,500円. || 3500 JPY
The Leeds club was sold for £1.5 millions. || 1500000 GBP
The Lyon firm lost €1.5 billions last year. || 1500000000 EUR
The Rome ministry spent 1.5 million of euros on the roads. || 1500000 EUR
The Brussels fee is 2 eurocents per page. || 0.02 EUR
"It cost me 35 greenbacks," he said. || 35 USD
The Winnipeg fan paid 35 loonies for the cap. || 35 CAD
The Auckland tour costs 35 kiwi dollars. || 35 NZD
The vaccine reached millions of people in 2021. ||
The Harare council set aside ZiG 2.5 billion for water. || 2500000000 ZWG
A Harare bus ride costs 20 ZiG. || 20 ZWG
The consortium will expand to AUD $29.6 million. || 29600000 AUD
Pre-tax profits were ISK 13,100 million (Euro 168 million). || 13100000000 ISK; 168000000 EUR
The ministry released Rupees 500 crore for the dams. || 5000000000 INR
The Seoul firm raised US dollars 5 million from investors. || 5000000 USD
Tokyo set aside yen 500 billion for the stimulus. || 500000000000 JPY
Spain won Euro 2024 in Berlin. ||
They spent a billion dollars 5 years ago. || 1000000000 USD
The stamp costs 15 US cents. || 0.15 USD
The Sydney bakery charges 50 Australian cents a roll. || 0.50 AUD
The rapper 50 Cent sang at the gala. ||
"A bottle of water is 2 yuan 5," the vendor said. || 2.5 CNY
The bus costs 2 yuan 5 times a day. || 2 CNY
The antique desk fetched nineteen hundred dollars. || 1900 USD
Panama City charged B/. 20 for the permit. || 20 PAB
The Oslo fine was Nkr 100,000. || 100000 NOK
Kingston raised JM$ 900 million in bonds. || 900000000 JMD
Luanda's budget rose to Kz 500 billion. || 500000000000 AOA
"It costs 2EUR," the guide said of the locker. || 2 EUR
It costs 2EUR. || 2 EUR
The Busan market stall charges 10 won for a bag. || 10 KRW
The Hanoi vendor charged 10 dong for a plastic bag. || 10 VND
The Durban car guard said the parking costs R 10 an hour. || 10 ZAR
An Istanbul simit costs 20 TL at the ferry. || 20 TRY
A glass of tea in Izmir costs 5 lira. || 5 TRY
A jeepney ride in Cebu costs Php 100 for the group. || 100 PHP
The Budapest museum charges Ft 500 for a photo permit. || 500 HUF
The Mumbai auto driver charged Rs 500 for the trip. || 500 INR
The Pune stall sells samosas for Rs. 50 a plate. || 50 INR
The Delhi clinic charges INR 500 per visit. || 500 INR
A cup of kopi in Bandung costs Rp 10.000 at the kiosk. || 10000 IDR
The ferry ticket in Surabaya costs Rp 25.500 one way. || 25500 IDR
The utility raised $5 BN in green bonds. || 5000000000 USD
The fund closed at $5 MM after its second round. || 5000000 USD
"It cost me a fiver," the fan said of the programme. || 5 GBP
"He charged me a tenner for the lift," she said. || 10 GBP
"The tickets cost us two tenners," he said. || 20 GBP
"It cost me a grand to fix," he said. || 1000 USD
"The repairs cost two grand," she said. || 2000 USD
"The taxi cost 5 bucks," he said. || 5 USD
The Munich startup raised 5 Mio € from business angels. || 5000000 EUR
The Bavarian state bank lent 5 Mrd. € to the carmaker. || 5000000000 EUR
A banitsa in Sofia costs 5 лв at the bakery. || 5 BGN
A Moscow metro ride costs 100 руб at the turnstile. || 100 RUB
A Kyiv coffee costs 60 грн. || 60 UAH
"It's $2 fifty," the vendor said of the lemonade. || 2.50 USD
The fund paid $5 fifty times last year. || 5 USD
Bikes rent for between $10 and $20 a day. || 10-20 USD
Lunch specials are $10-$20 at the cafe. || 10-20 USD
A haircut costs 10 to 20 dollars in the village. || 10-20 USD
Parking costs from 5 to 10 euros a day in Milan. || 5-10 EUR
Guided tours cost 10-20 euros a person. || 10-20 EUR
Most of the books sell for under $15. || 15 USD
The app costs less than 10 dollars a month. || 10 USD
Refills cost at most 3 euros. || 3 EUR
A taxi to the airport costs around $10. || 10 USD
The repair cost approximately $10. || 10 USD
A ticket costs $10 or so at the gate. || 10 USD
Each lot sold for over $5. || 5 USD
Shipping costs no more than 10$. || 10 USD
The board game costs above 3 bucks. || 3 USD
A pass costs at least 5 dollars. || 5 USD
Seats go for around 10-20 dollars. || 10-20 USD
The shop sold the cable for USD10. || 10 USD
The hostel listed its beds at 10USD a night. || 10 USD
The street vendor charged US$ 10 for the hat. || 10 USD
The book sold for U.S. $10 in Canada. || 10 USD
The guide asked for 10 U.S. dollars per person. || 10 USD
"It cost me ten bucks," she said. || 10 USD
"I paid a dollar for it," she said. || 1 USD
The fine was a hundred dollars. || 100 USD
The donation was one thousand dollars. || 1000 USD
The prize was 1 thousand dollars. || 1000 USD
The invoice totalled $1,000.00. || 1000.00 USD
The Lyon hotel charged € 1.234,56 for the week. || 1234.56 EUR
The Leeds barber charges 10 pounds 50 for a trim. || 10.50 GBP
A pint in York costs £4.50p. || 4.50 GBP
A Bristol sweet costs 10 pence. || 0.10 GBP
Gum costs 3 cents at the kiosk. || 0.03 USD
Songs cost $0.99 each on the store. || 0.99 USD
Stamps were sold for $.50 each. || 0.50 USD
The Nice museum charges twenty-one euros for entry. || 21 EUR
The repair came to one hundred and twenty five dollars. || 125 USD
The tribunal awarded her fifty thousand pounds. || 50000 GBP
The startup raised $1.5M from angels. || 1500000 USD
The merger is worth €2.5bn. || 2500000000 EUR
Siemens will invest 2.5 billion euros in the plant. || 2500000000 EUR
The Bank of Japan bought 3 trillion yen of bonds. || 3000000000000 JPY
He paid with a 10-dollar bill. || 10 USD
He paid with a ten dollar bill. || 10 USD
She found a 5-euro note in her coat. || 5 EUR
The visa costs 500 Indian rupees. || 500 INR
The Geneva fine was 500 Swiss francs. || 500 CHF
The Kyoto temple charges 500 Japanese yen. || 500 JPY
Each guest paid 500 Chinese yuan. || 500 CNY
The Shanghai fine was 500 renminbi. || 500 CNY
A Beijing dinner costs RMB 100 a head. || 100 CNY
The Kowloon fine was 500 Hong Kong dollars. || 500 HKD
The Perth fine was 500 Australian dollars. || 500 AUD
The Quebec fine was 500 Canadian dollars. || 500 CAD
The Tijuana fine was 500 Mexican pesos. || 500 MXN
The Recife fine was 500 Brazilian reais. || 500 BRL
The Soweto fine was 500 South African rand. || 500 ZAR
The Kazan fine was 500 Russian roubles. || 500 RUB
The Omsk fine was 500 Russian rubles. || 500 RUB
The Ankara fine was 500 Turkish lira. || 500 TRY
The Busan fine was 500 Korean won. || 500 KRW
The Seoul fine was 500 South Korean won. || 500 KRW
The Phuket fine was 500 Thai baht. || 500 THB
The Haifa fine was 500 Israeli shekels. || 500 ILS
The Gdansk fine was 500 Polish zloty. || 500 PLN
The Abuja fine was 500 Nigerian naira. || 500 NGN
The Aarhus fine was 100 krone. || 100 DKK
The wallet held 5 bitcoin. || 5 BTC
Growth slowed to 5% in the quarter. ||
COP28 opened in Dubai. ||
The chef ordered 200 pounds of beef. ||
The show starts at 7:30p.m. on Friday. ||
Euro 2024 was held in Germany. ||
50 Cent paid tribute to the producer. ||
It was a hard-won game for the team. ||
Of the 30 who paid, 12 won. ||
His record was 10 won and 5 lost. ||
The team lost 3 and won 10 this season. ||
Ayn Rand paid 10 Rand visits to the library. ||
Wang Lei scored 100 points for the club. ||
The Krone newspaper sold 100 copies. ||
Servers still run PHP 7 at the firm. ||
Ft. Worth has 500 parks. ||
The Fiverr freelancer was paid for 5 gigs. ||
The grand prize was a car. ||
He paid 10 Dong Nai farmers for the rice. ||
The mark fell to 5 marks on the test. ||
The Mao suit cost 50 yuan. || 50 CNY
A real estate deal closed for 5 real estate agents. ||
Servers run Php 7.4 at the agency. ||
The Manila firm raised Php 2.5 billion. || 2500000000 PHP
The Hungarian tax is Ft 1,500 per household. || 1500 HUF
Jakarta set aside Rp 1.5 trillion for the port. || 1500000000000 IDR
A Budapest tram ticket costs 450 Ft. || 450 HUF
The Danube tower is 500 Ft tall. ||
The fan paid a buck fifty for the soda. || 1.50 USD
A Lisbon pastry costs 1 euro. || 1 EUR
Parking costs 3,50 € an hour in Porto. || 3.50 EUR
The shop sold the scarf for 100 złoty. || 100 PLN
A Sofia taxi costs 10 leva to the centre. || 10 BGN
The Cairo guide charged 100 Egyptian pounds. || 100 EGP
The Rabat fine was 100 Moroccan dirhams. || 100 MAD
The Bogota fine was 100,000 Colombian pesos. || 100000 COP
A Buenos Aires coffee costs 1,500 Argentine pesos. || 1500 ARS
Hotels charge 3K€ a week in August. || 3000 EUR
The Berlin cafe charges 12.345,67 € for the catering. || 12345.67 EUR
The museum charges 10 000 € for a private tour. || 10000 EUR
It costs above a dollar and 42 cents. || 1.42 USD
Tickets cost between 10 dollars and 20 dollars. || 10-20 USD
Tickets cost 10$-20$ at the door. || 10-20 USD
Refills cost lower than 7€. || 7 EUR
The R 10 highway was closed after the storm. ||
Section 5 Mio of the code covers fees. ||
The team won 5 matches in a row. ||
Police said 12 won medals at the games. ||
He won $5 at the county fair. || 5 USD
The deal was $2 fifty years ago. || 2 USD
The band wore 100 lei garlands on stage. ||
A Hanoi banh mi costs 25.000 dong at the cart. || 25000 VND
A Bali scooter costs 50.000 rupiah a day. || 50000 IDR
The Saigon taxi cost 10.000 VND to the market. || 10000 VND
The Jakarta vendor asked IDR 10.000 for a kite. || 10000 IDR
A Hue bowl of noodles costs VND 30.000. || 30000 VND
The item is priced at $ 5. || 5 USD
Lunch costs 10 rupees 50 paise at the canteen. || 10.50 INR
A Penang lunch costs 10 ringgit. || 10 MYR
A Moscow cafe charges 5 000 ₽ for the set menu. || 5000 RUB
The Cebu stall sells mangoes for P100 a kilo in the Philippines. || 100 PHP
The souvenir costs $1.2k online. || 1200 USD
Bikes cost a couple of dollars an hour. ||
The table showed $2,000 MN for the state. || 2000 USD
The Milan dealer paid 1,000 Italian lire for the stamp in 1995. || 1000 ITL
A Bucharest metro ticket costs 5 lei. || 5 RON
The Cluj bakery charged 1 leu for a roll. || 1 RON
Teachers in Iasi earn 4,500 lei a month. || 4500 RON
The Chisinau market sold apples for 20 Moldovan lei. || 20 MDL
The Plovdiv hostel charged 30 levs a night. || 30 BGN
The dancers wore 10 lei around their necks. ||
The Frankfurt lender booked a loan of USD 1.2 mio for the plant. || 1200000 USD
The Vienna group reported sales of EUR 5 mio for the year. || 5000000 EUR
The Caracas bakery charged 200 bolivars for a loaf in 2023. || 200 VES
Workers in Maracaibo earned 130 bolívares a month in 2022. || 130 VES
The square named after Simon Bolivar was 10 years old. ||
The Bucharest exchange swapped 10,000 old lei for 1 new leu. || 10000 ROL; 1 RON
Pensions in Romania rose to 2.98 new lei a day. || 2.98 RON
"""


@dataclass(frozen=True)
class ExpectedAmount:
    low: Decimal
    high: Decimal
    currency: str


@dataclass(frozen=True)
class MoneyCase:
    sentence: str
    expected: tuple[ExpectedAmount, ...]


def _parse_item(item: str) -> ExpectedAmount:
    value, currency = item.split()
    low, _, high = value.partition("-")
    return ExpectedAmount(Decimal(low), Decimal(high or low), currency)


def load_cases() -> list[MoneyCase]:
    cases = []
    for line in CASES_TEXT.strip().splitlines():
        sentence, _, expected = line.partition("||")
        items = [i.strip() for i in expected.split(";") if i.strip()]
        cases.append(MoneyCase(sentence.strip(), tuple(_parse_item(i) for i in items)))
    return cases


CASES = load_cases()
