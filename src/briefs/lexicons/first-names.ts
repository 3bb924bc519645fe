/**
 * Common given names in news in English, French, German and Spanish (plus frequent others). A name run that starts
 * with one of these is a person. Lower-cased.
 */
const NAMES = `
aaron adam adrian alan albert alex alexander alexandra alice alicia alison amanda amy andrea andrew angela anna anne annie
anthony antonio arthur ashley barbara barack ben benjamin bernie beth betty bill billy bob bobby brad brandon brenda brian
bruce bryan carl carla carlos carol caroline catherine charles charlie chris christian christina christine christopher chuck
cindy claire colin craig daniel danny david dean deborah debbie dennis diana diane donald donna doug douglas dylan ed eddie
edward elizabeth ellen emily emma eric erin ethan eugene evan frank fred gary george gerald gordon grace greg gregory hannah
harold harry heather helen henry hillary howard ian jack jackie jacob james jamie jane janet jason jeb jeff jeffrey jennifer
jeremy jerry jessica jill jim jimmy joan joe joel john johnny jon jonathan jordan joseph josh joshua joyce judy julia julie
justin karen kate katherine kathleen kathy katie keith kelly ken kenneth kevin kim kimberly kyle larry laura lauren lawrence
leo linda lisa liz louis lucy luke margaret maria marie mark martha martin mary matt matthew megan melania melissa michael
michelle mike mitch mitt nancy nathan neil nicholas nick nicole noah olivia pamela pat patricia patrick paul peter philip
rachel ralph randy rebecca richard rick rob robert roger ronald rose roy russell ruth ryan sam samantha samuel sandra sara
sarah scott sean sharon shawn sophie stephanie stephen steve steven susan tammy ted teresa terry thomas tim timothy tina todd
tom tony tyler victoria vincent walter wayne william willie zachary donna kellyanne rudy newt marco ivanka hope reince rex
jean jacques pierre paul michel philippe alain bernard françois francois nicolas emmanuel marine jean-luc jean-marie
jean-pierre jean-claude jean-yves jean-michel jean-paul marie-christine anne-marie olivier christophe stéphane stephane
sébastien sebastien laurent julien thierry patrice pascal didier dominique gérard gerard yves claude hervé herve
frédéric frederic éric guillaume antoine mathieu maxime romain vincent benoît benoit bruno xavier arnaud cédric cedric
damien fabien gilles lionel ségolène segolene valérie valerie isabelle nathalie sylvie sophie catherine françoise
monique martine brigitte christiane chantal élise elise camille manon léa lea chloé chloe inès ines juliette louise
gabriel raphaël raphael hugo théo theo lucas enzo mathis nathan clément clement agnès agnes hélène helene mathilde
édouard edouard gabrielle élisabeth elisabeth ségolène anne-sophie marc luc rené rene henri georges jules
hans peter klaus jürgen jurgen wolfgang dieter günter gunter horst uwe frank stefan thomas michael andreas markus matthias
olaf angela ursula annalena christian friedrich karl heinz helmut gerhard walter werner manfred rolf joachim jens sven
lars jan tobias florian sebastian maximilian moritz felix lukas jonas leon paul finn niklas julia katharina lena laura
lea anna sarah hannah sophie marie sabine petra monika claudia susanne birgit andrea heike kerstin anja silke ulrike
nina franziska johanna svenja saskia robert boris winfried cem hubertus markus volker norbert horst alexander
josé jose juan carlos luis manuel antonio francisco javier miguel pedro jesús jesus alejandro fernando rafael pablo
sergio jorge alberto diego andrés andres ángel angel raúl raul enrique ramón ramon vicente ignacio jaime santiago
mariano pedro gonzalo álvaro alvaro rodrigo emilio felipe alfredo ricardo eduardo óscar oscar rubén ruben iván ivan
maría carmen josefa isabel ana dolores pilar teresa rosa cristina marta lucía lucia mercedes elena laura paula sara
raquel beatriz patricia silvia nuria montserrat irene yolanda inmaculada rocío rocio esperanza soraya ayuso yolanda
vladimir dmitry sergei sergey alexei alexey mikhail volodymyr viktor recep xi li wang zhang liu chen yang huang zhao wu
zhou sun ma zhu hu guo he lin luo gao tang yao narendra rahul shinzo fumio kim moon jae-in elon jensen sundar satya tim
mark jeff sam demis dario mustafa greta kamala joe nikki vivek rishi keir boris theresa giorgia mario silvio matteo
`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));
