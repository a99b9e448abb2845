/**
 * An invented article, read once right after load so that the reader's first
 * parse runs code that is already compiled and optimised. It is about as long
 * as a typical news story and names many different people, organisations and
 * places, because how warm the code is depends on how much varied text it
 * has read: the short example names five, and the name tagger reads only the
 * sentences of names still in doubt (a fifth of the text at most), so after
 * the example alone the reader's first parse of a full story still ran
 * mostly unoptimised code (in Node, with compilation on the main thread, the
 * first parse of the reference article took about three times the CPU of the
 * next ones after the example, and about as much as the next ones after this).
 * It has the parts and the kinds of attribution a wire story has: a byline
 * and dateline, photo captions, section headings, direct, partial and
 * reported quotes with told, according to, as … said and a long subject, and
 * a closing credit.
 */
export const warmUpArticle = `Drought Forces Valley Farmers to Share Water as Reservoirs Fall to Record Lows

By Mara Quinn and Ivo Sand

ELDERTON, Westmark — Farmers across the Brenn Valley agreed on Thursday to share water from the last full reservoir in the region, after a summer without rain left the Ostrava and Milne dams at a fifth of their capacity, the regional water board said.

The deal, reached after two days of talks in the town hall of Elderton, gives each of the valley's 340 farms a weekly ration and sets aside a reserve for the towns of Harwick, Selby Cross and Port Anselm.

“Nobody got what they wanted, and that is how you know it is fair,” said Orla Brennan, who chairs the Brenn Valley Farmers' Union and grows barley on the eastern slopes. “We will get through this winter if everyone keeps their word.”

FILE - A tractor crosses the dry bed of the Ostrava reservoir near Elderton, Westmark, Aug. 19, 2025.

The Westmark Water Board (WWB) said the rationing would last at least until March. Its director, Tobias Lindqvist, told the Valley Courier that the board had never before had to divide water between farms and towns at the same time.

“The rain we normally get in September simply did not come,” Lindqvist said. He added that engineers were checking the Milne dam every morning for cracks as the level fell.

According to the national weather service, the valley had its driest summer since records began in 1881, with less than a third of the usual rainfall between May and August.

A long wait for rain

Hydrologists at the University of Carrow warned that even a wet autumn would not refill the reservoirs before spring. Professor Amara Okafor, who leads the university's water research group, said the soil was so dry that most early rain would sink in before it reached the rivers.

“People look at a rainy week and think the drought is over,” Okafor told reporters at a briefing in Carrow. “It takes months of steady rain to bring a reservoir back.”

Her colleague Dmitri Volkov said the group's models showed the Brenn river falling to its lowest level in forty years by November unless the dams released more water.

The board has asked households in Harwick to cut their use by a quarter. Officials said fines would follow for anyone caught filling a swimming pool or washing a car with a hose.

A woman carries buckets of water from a public tap in Selby Cross, Westmark, Sept. 2, 2025. (Photo: Ana Lowe/Valley Courier)

Kevin Marsh, who runs a dairy farm outside Port Anselm with his brother Liam, said the herd needed about 9,000 litres a day. He has already sold forty cows because he could not water them.

“My father kept this farm through the drought of 1976,” Marsh said. “I did not think I would be the one to sell the herd.”

The Westmark Chamber of Commerce estimated that the drought had cost the region's farms and food businesses about $260 million so far, and warned that prices of milk, bread and vegetables would rise in the shops by the end of the year.

Towns and farms at odds

Not everyone welcomed the agreement. The mayor of Harwick, Ruth Calloway, said the town's reserve was too small and accused the board of putting farms ahead of families. The board denied the claim, saying the towns would receive more water per person than the farms.

“We were told to trust the process, and the process gave us less than we need,” Calloway said in a statement on Friday.

Councillor Henrik Dahl, of the opposition Green Alliance, called the deal “a plaster on a broken leg” and said the government should have built a pipeline from the Lake Varna basin years ago. A spokesperson for the Ministry of Agriculture, Sofia Marino, said the pipeline was being studied but would cost more than $1 billion.

Residents of Selby Cross said the cuts had already changed their daily lives. Priya Nair, a teacher, said her school had closed its showers and asked pupils to bring bottled water.

The Red Crescent Society and the charity WaterAid have set up six water points in the valley, according to a joint statement, and volunteers are delivering water to elderly residents who cannot reach them.

What comes next

The water board will review the rations every two weeks, Lindqvist said. If the Milne dam falls below a tenth of its capacity, the board can order farms to stop irrigating altogether, a step it has never taken.

Farmers' leaders said they would meet again in October. Brennan said she hoped the talks had built enough trust to avoid a fight over the last water in the valley.

“The river does not care whose land it runs through,” she said. “Neither should we.”

Gustavo Ferreira contributed reporting from Port Anselm.`
