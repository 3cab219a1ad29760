/**
 * Given names that the English lists (@stdlib's Moby-derived first-name datasets) lack: names common in
 * international news, by language. East Asian and Vietnamese family names are listed too, because
 * English news writes those names family name first ("Xi Jinping", "Kim Jong Un", "To Lam"), so the
 * first word of the name is the family name.
 */
export const INTERNATIONAL_GIVEN_NAMES: Readonly<Record<string, string>> = {
  english: `Donald Joe Kamala Keir Rishi Boris Liz Theresa Tony Gordon Jeremy Nigel Priti Suella Kemi Yvette Rachel Angela
    Wes Lisa Ed Ben JD Pete Marco Karoline Tulsi Kash Kristi Hakeem Chuck Mitch Nancy Kevin Mike Elon Vivek Ron Nikki Mitt
    Lindsey Ted Rand Bernie Ilhan Rashida Ayanna Kyrsten Tammy Pramila Ro Jamie Brett Lloyd Antony Jake Avril Merrick
    Janet Gina Marcia Jen Karine Samantha Susan Condoleezza Hillary Colin Madeleine Henry Rex Mike Steve Marjorie Lauren
    Matt Josh Hunter Beau Jill Melania Ivanka Barron Jared Eric Lara Tiffany Don Michelle Barack Malia Sasha Chelsea
    Bill Hillary Laura Jeb Dick Lynne Liz Mike Karen Dan Marilyn Al Tipper Walter Jimmy Rosalynn Gerald Betty Richard
    Pat Lyndon John Jacqueline Jackie Robert Bobby Edward Teddy Dwight Mamie Harry Bess Franklin Eleanor Herbert
    Calvin Woodrow Warren Theodore Grover Rutherford Ulysses Abraham Zachary Millard Andrew Martin Quincy Thomas
    Mark Kier Yvette Shabana Wes Rachel Lucy Bridget Ed Jonathan Angela Darren Pat Peter Lisa Louise Emily Kemi Robert
    Priti Oliver Tom Grant Jacob Jeremy Dominic Sajid Nadhim Kwasi Therese Gavin Matthew Alok Michael Penny Mel
    Steve Anneliese Jo Hilary Liam Alister Ruth Humza Nicola Alex Kate Anas Vaughan Mark Carwyn Eluned Michelle Emma
    Arlene Mary Lou Naomi Jeffrey Gerry Leo Micheál Micheal Simon Enda Bertie Brian Charlie Eamon Eamonn Seamus Sean
    Siobhan Niamh Aoife Ciaran Cian Declan Eoin Fergal Padraig Ronan Saoirse Sinead Oisin Darragh Clodagh Orla Roisin
    Justin Pierre Chrystia Mélanie Melanie Jagmeet Stephen Erin Doug Danielle Francois Mark Anita Jean-Yves Anthony
    Scott Malcolm Kevin Julia Penny Peter Richard Jacinda Chris Christopher Winston Nicola Judith Grant Erica Helen
    Jacinda Bill Winston David Cindy Kellie Brendan`,
  russianUkrainian: `Vladimir Volodymyr Dmitry Dmitri Dmitriy Dmytro Sergei Sergey Serhiy Serhii Sergiy Andrei Andrey Andriy
    Andrii Alexei Alexey Oleksiy Oleksii Aleksei Aleksey Alexander Aleksandr Oleksandr Olexander Mikhail Mykhailo Mykhaylo
    Nikolai Nikolay Mykola Ivan Yevgeny Evgeny Yevgeniy Yevhen Igor Ihor Oleg Oleh Yuri Yury Yuriy Boris Viktor Vitaly Vitali
    Vitaliy Vitalii Valery Valeriy Valerii Gennady Gennadiy Anatoly Anatoliy Maxim Maksim Maksym Pavel Pavlo Petro Pyotr
    Konstantin Kostiantyn Kostyantyn Denis Denys Roman Ruslan Arseniy Arseny Vadim Vadym Yaroslav Rostislav Sviatoslav
    Stanislav Vyacheslav Viacheslav Vasily Vasiliy Vasyl Grigory Grigoriy Hryhoriy Leonid Kirill Kyrylo Ilya Illia Timur
    Artem Artyom Bogdan Bohdan Taras Ostap Fyodor Fedor Semyon Stepan Yegor Yakov Lev Matvei Mstislav Nikita Arkady Gleb
    Zakhar Zelimkhan Ramzan Akhmad Yevgeny Dzhokhar Shamil Magomed Rustam Rinat Marat Ayrat Eduard Edvard Emil Felix
    Gennadi Herman German Innokenty Karen Lavrenty Makar Mefodiy Naum Nestor Platon Prokhor Savva Serafim Spartak Trofim
    Vsevolod Yulian Yuliy Zinovy Alyaksandr Aliaksandr Siarhei Sviatlana Viktar Uladzimir Ales Aliaksei Pavel Yulia Yuliia
    Iuliia Tatiana Tatyana Tetiana Tetyana Olga Olha Natalia Natalya Nataliya Natalie Svetlana Svitlana Irina Iryna Elena
    Yelena Olena Lyudmila Liudmyla Ludmila Marina Maryna Anna Hanna Ganna Oksana Valentina Valentyna Galina Halyna Larisa
    Larysa Ekaterina Yekaterina Kateryna Katerina Maria Mariya Mariia Sofia Sofiya Daria Darya Dariya Anastasia
    Anastasiia Anastasiya Alina Inna Viktoriya Viktoria Viktoriia Raisa Zinaida Nadezhda Nadiya Nadia Vera Lyubov Ksenia
    Kseniya Polina Veronika Alla Zhanna Ulyana Yana Kira Arina Elvira Evgenia Yevgenia Lilia Liliya Margarita Milana
    Nina Nonna Regina Snezhana Taisiya Ustina Vasilisa Yaroslava Zoya Ruslana Solomiya Khrystyna Bozhena Lesya Oleksandra
    Roksolana Mariana Maryana Valeriia Iryna Veronika Angelina Galyna Nelli Ella Diana Eleonora Emilia`,
  centralEasternEurope: `Andrzej Tomasz Mateusz Radoslaw Radosław Jaroslaw Jarosław Lech Zbigniew Wojciech Krzysztof Piotr
    Pawel Paweł Marek Jacek Janusz Grzegorz Rafal Rafał Szymon Wladyslaw Władysław Kazimierz Stanislaw Stanisław Bronislaw
    Bronisław Leszek Zdzislaw Miroslaw Mirosław Boguslaw Czeslaw Dariusz Slawomir Sławomir Przemyslaw Przemysław Bartosz
    Michal Michał Lukasz Łukasz Jakub Kamil Maciej Sebastian Wiktor Witold Beata Agnieszka Malgorzata Małgorzata Katarzyna
    Ewa Jolanta Magdalena Joanna Dorota Elzbieta Elżbieta Grazyna Grażyna Halina Krystyna Urszula Wanda Zofia Barbara
    Renata Iwona Bozena Bożena Milos Miloš Vaclav Václav Petr Jiri Jiří Zuzana Jan Jana Ondrej Ondřej Tomas Tomáš Lubomir
    Vit Vít Pavla Radek Zdenek Zdeněk Jaroslav Miroslav Jindrich Ludek Karel Zbynek Bohuslav Vladislav Robert Ferenc Gyorgy
    György Laszlo László Janos János Istvan István Zoltan Zoltán Katalin Judit Gergely Balazs Balázs Peter Péter Tamas Tamás
    Tibor Sandor Sándor Attila Gabor Gábor Csaba Lajos Miklos Miklós Imre Szabolcs Zsolt Krisztina Eszter Zsuzsanna Erzsebet
    Aleksandar Aleksander Slobodan Zoran Dragan Milorad Goran Ivica Andrej Janez Borut Bojko Boyko Rumen Ivaylo Ognian
    Nikolai Rosen Kiril Delyan Iliana Daniel Klaus Nicolae Traian Ion Gheorghe Viorica Maia Dorin Marcel Mircea Calin Călin
    Crin Ludovic Adrian Dacian Victor Vasile Ilie Dan Emil Florin Cristian Liviu Raluca Ioana Ramona Corina Klaus Edi Ilir
    Sali Albin Hashim Vjosa Ramush Kaja Kersti Toomas Alar Juri Jüri Urmas Siim Hendrik Kristjan Gitanas Valdas Dalia
    Ingrida Vytautas Algirdas Gabrielius Linas Egils Krisjanis Krišjānis Arturs Artūrs Edgars Evika Edgars Raimonds Valdis
    Vaira Andris Milorad Zeljko Željko Branko Kolinda Zoran Gordan Milo Dritan Edi Bujar Hristijan Gordana Stevo
    Dusko Duško Vuk Ivica Ana Marija Tanja Snežana Snezana Jelena Milica Dragana Vesna Mirjana Ljiljana Nataša Natasa
    Biljana Sanja Bojan Nenad Nebojsa Nebojša Sinisa Siniša Milan Dejan Darko Marko Nikola Stefan Vojislav Aleksandra`,
  germanicNordic: `Olaf Friedrich Frank-Walter Annalena Christian Markus Lars Karl Wolfgang Horst Ursula Angela Gerhard
    Helmut Joschka Sigmar Heiko Jens Hubertus Nancy Cem Saskia Alice Tino Sahra Armin Norbert Jürgen Juergen Günter Günther
    Gunter Hans Heinz Dieter Uwe Rolf Gerd Manfred Klaus Reinhard Rainer Jörg Joerg Matthias Stefan Steffen Thorsten Torsten
    Sven Kai Jan Janne Nils Ole Sebastian Philipp Tobias Florian Felix Lukas Moritz Katrin Kerstin Birgit Gudrun Heike Anke
    Silke Franziska Svenja Julia Nina Sabine Claudia Andrea Karin Renate Hildegard Annegret Malu Manuela Frauke Bärbel
    Barbel Reiner Hartmut Volker Winfried Thilo Wolfram Ulrich Ulf Ute Gesine Dorothee Marieluise Lothar Kurt Konrad
    Ludwig Willy Walther Erich Egon Otto Hermann Wilhelm Helmuth Bodo Alexander Karl-Theodor Guido Rudolf Joachim Roderich
    Boris Carsten Cornelia Wiebke Ricarda Omid Tarek Jochen Detlef Ekkehard Gottfried Gustav Heinrich Horst Ingo Knut
    Lutz Mathias Nikolaus Norbert Oskar Reinhold Siegfried Torben Ulrike Waltraud Werner Wilfried Annette Angelika
    Christiane Gabriele Ingrid Irmgard Jutta Margot Marlene Monika Petra Regine Roswitha Sigrid Susanne Waltraud Alexander
    Karl Karoline Sebastian Christoph Leonore Mark Dick Geert Wopke Hendrik Pieter Jeroen Maarten Willem Wim Joost Sjoerd
    Stef Kajsa Caspar Dilan Frans Hugo Kees Klaas Mark Femke Ruben Sigrid Thierry Bart Koen Jan-Peter Jozias Ank Bram
    Mette Anders Magnus Jonas Erna Jonas Sanna Sauli Petteri Elina Antti Juha Jussi Bjarni Ingvar Ulf Morten Kristian Bengt
    Gunnar Leif Helge Trond Espen Anniken Ine Magdalena Ebba Lena Karin Stefan Fredrik Carl Tobias Pål Pal Gro Kjell
    Thorbjørn Thorbjorn Jens Jonas Espen Erna Harald Haakon Håkon Mette-Marit Ingrid Olav Frederik Margrethe Lars
    Pia Troels Jakob Kaare Poul Helle Morten Kristrun Katrín Katrin Guðni Gudni Halla Bjarni Sigmundur
    Alexander Matti Tarja Martti Urho Juho Sari Paavo Li Riikka Anni Pekka Ville Aki Timo Tuomas Ilkka Heikki Kimmo Kari
    Annika Alexandra Elisabeth Hans-Georg Horst-Rainer Josef Karl-Heinz Karl Herbert Kurt Michael Werner Alexander
    Sebastian Norbert Beate Herbert Christian Andreas Philippe Leopold Albert Baudouin Astrid Mathilde Elisabeth`,
  romance: `Emmanuel Edouard Édouard Jean Jean-Yves Jean-Marc Jean-Luc Jean-Noël Jean-Noel Jean-Pierre Jean-Claude
    Jean-Marie Jean-François Jean-Francois Jean-Michel Jean-Louis Jean-Paul Jean-Baptiste François Francois Nicolas Jacques
    Gabriel Élisabeth Elisabeth Michel Bruno Gérald Gerald Sébastien Sebastien Stéphane Stephane Laurent Olivier Pascal
    Thierry Dominique Bernard Alain Yves Gilles Pierre Philippe Xavier Damien Clément Clement Mathieu Thomas Hervé Herve
    Marine Ségolène Segolene Christine Valérie Valerie Rachida Anne Catherine Brigitte Amélie Amelie Sophie Aurore Agnès
    Agnes Roselyne Najat Marion Eric Éric Raphaël Raphael Charles Alexandre Antoine Benoît Benoit Jérôme Jerome Jordan
    Cédric Cedric Fabien Florence Ségolène Manuel Arnaud Gaspard Gérard Gerard Lionel Luc Marc Maxime Patrick Rémi Remi
    Renaud Roland Sylvain Valéry Valery Yannick Yann Nathalie Sylvie Isabelle Martine Monique Françoise Francoise
    Véronique Veronique Chantal Sandrine Delphine Aurélie Aurelie Élise Elise Claire Hélène Helene Anne-Marie Marie
    Marie-Christine Ursula Charles-Michel Didier Emmanuelle Élisabeth Giorgia Matteo Sergio Mario Giuseppe Silvio Romano
    Enrico Paolo Antonio Giorgio Luigi Guido Carlo Massimo Alessandro Francesco Roberto Stefano Luca Marco Giovanni
    Giancarlo Gianni Pier Pietro Elly Elena Chiara Giulia Francesca Federica Laura Lucia Giuliano Giulio Guido Ignazio
    Lorenzo Maurizio Nicola Raffaele Riccardo Salvatore Umberto Vincenzo Adolfo Alcide Aldo Bettino Ciriaco Dario Fabio
    Fausto Flavio Gianfranco Gianluca Leonardo Marta Mariastella Daniela Anna Annalisa Rossella Raffaella Simona Silvia
    Valentina Alessandra Emma Paola Pedro Mariano José Jose Luis Alberto Santiago Yolanda Isabel Irene Carmen Pilar Teresa
    Josep Pere Carles Raquel Begoña Begona Felipe Letizia Juan Carlos Fernando Pablo Íñigo Inigo Alfonso Joaquín Joaquin
    Rafael Ramón Ramon Javier Miguel Ángel Angel Jesús Jesus Cristina Marta Rosa Dolores Margarita Montserrat Nadia
    Salvador Soraya Susana Ximo Xavier Gabriel Oriol Quim Artur Jordi Albert Iñigo Arnaldo Aitor Koldo Oscar Óscar Óscar
    António Antonio Marcelo Luís Paulo Rui Augusto Aníbal Anibal João Joao Nuno Catarina Inês Ines Marisa Mário Jorge
    Ricardo Duarte Fernando Gonçalo Goncalo Vasco Tiago Hugo Bernardo Pedro Sérgio Fernanda Mariana`,
  latinAmerica: `Luiz Inácio Inacio Jair Dilma Michel Geraldo Flávio Flavio Eduardo Mauricio Patricia Michelle Sebastián
    Sebastian Gustavo Iván Ivan Nicolás Hugo Delcy Diosdado Corina Edmundo Andrés Andres Claudia Enrique Vicente Ernesto
    Lenín Lenin Guillermo Daniel Nayib Xiomara Alejandro Dina Keiko Ollanta Evo Rodrigo Fidel Raúl Raul Ariel Jovenel
    Abinader Yamandú Yamandu Tabaré Tabare Gabriel Boric Laurentino Álvaro Alvaro Francia Martín Martin Jeanine Victoria
    Sergio Diana Gerardo Marcelo Alicia Marcos Zulma Mauricio Luisa Gisela Gleisi Fernando Simone Marina Ciro
    Aécio Aecio Tarcísio Tarcisio Romeu Eduardo Renan Arthur Rodrigo Hamilton Celso Wellington Anielle Sonia
    Camila Gabriela Valentina Florencia Paula Verónica Veronica Lorena Carolina Adriana Beatriz Graciela Mercedes Norma
    Rosario Soledad Yadira Yessica Yenny Jimena Ximena Itzel Guadalupe Lupe Andrés Manuel Felipe Ernesto Cuauhtémoc
    Vicente Porfirio Lázaro Lazaro Emiliano Pancho Octavio Omar Salvador Samuel Santiago Mateo Matías Matias Tomás Agustín
    Agustin Facundo Gonzalo Ignacio Joaquín Julián Julian Leandro Lucas Maximiliano Nahuel Rodrigo Sebastián Thiago`,
  arabic: `Mohammed Mohammad Muhammad Mohamed Mohamad Muhammed Mohammad-Bagher Ahmed Ahmad Ali Hassan Hasan Hussein Husain
    Hussain Omar Umar Abdullah Abdallah Abdulla Abdul Abdel Abdelaziz Abdulaziz Abdelfattah Abdel-Fattah Abdelmadjid
    Abdelkader Abdulrahman Abdelrahman Abdul-Malik Abdulmalik Abdrabbuh Abdulhamid Abdul-Hamid Abdelhak Abdellatif
    Abdul-Latif Abdelilah Abdulkarim Abdulrahim Fattah Khalid Khaled Faisal Fahd Salman Turki Bandar Nasser Naser Tamim
    Hamad Jassim Jasim Zayed Mansour Mansur Saud Saad Rashid Rashed Majid Mahmoud Mahmud Mustafa Mustapha Mostafa Ibrahim
    Ebrahim Ismail Ismael Yusuf Youssef Yousef Yousuf Osama Usama Saddam Bashar Hafez Hafiz Maher Asma Rania Noor Nour
    Nur Fatima Fatma Aisha Ayesha Aishah Khadija Zainab Mariam Maryam Leila Layla Laila Yasmin Yasmine Samira Amira Hala
    Huda Dalia Reem Rima Nadia Noura Lina Dina Sara Sarah Hanan Rasha Suha Abeer Mona Manal Nabil Nabih Najib Najeeb
    Walid Waleed Tarek Tariq Tareq Ziad Ziyad Samir Sameer Karim Kareem Amr Amin Ameen Amine Hamid Hamed Jamal Kamal
    Fuad Fouad Riad Riyad Rami Ramy Wael Hisham Hesham Hazem Hani Hany Adel Adil Anwar Ayman Aymen Osman Othman Uthman
    Qais Qassem Qasim Kassem Abbas Hadi Mehdi Mahdi Hamza Hamzah Bilal Yahya Yasser Yasir Marwan Saeb Nabil Naim Najib
    Rafik Rafic Nawaf Walid Gebran Samir Ayman Bisher Jafar Nouri Muqtada Haider Rashad Muammar Moammar Khalifa Saif
    Kais Kaïs Rached Ramtane Aziz Abdalla Hosni Gamal Sameh Badr Mishal Meshal Sabah Haitham Qaboos Hamdan
    Theyab Tahnoun Mansoor Sultan Salem Saleh Salih Salah Saladin Shakib Tawfiq Tawfik Wissam Yacoub Zaki Zuhair Ghassan
    Emad Imad Iyad Eyad Fadi Fady Firas Ghazi Habib Hakim Hatem Hazim Issa Jaber Jawad Jihad Kamel Lutfi Maan Mazen Moaz
    Moataz Muath Munir Murad Mourad Nidal Omran Othman Raed Rabih Rakan Samer Sami Shadi Sufian Talal Thamer Wajdi
    Yazan Yazeed Yazid Zakaria Zakariya Ahlam Alaa Amal Asmaa Bushra Duaa Eman Iman Ghada Haifa Hayat Hind Inas Jumana
    Khawla Lamia Lubna Maha Maysa Nada Nahla Najla Nawal Nisreen Rabab Randa Rawan Ruba Safa Salwa Sawsan Shaima Sumaya
    Tahani Wafa Widad Yara Zahra Zeina Zina Mouna Naima Samia Souad Latifa Karima Habiba Hafsa Halima Hadiza Amina Aminata`,
  persianTurkicKurdish: `Hossein Reza Javad Mohsen Masoud Massoud Ruhollah Mojtaba Esmail Amir Abdolrahim Kazem
    Gholamreza Bagher Baqer Hashem Akbar Mir-Hossein Shirin Narges Nasrin Farah Parisa Masih Setareh Azadeh Fereydoun
    Dariush Darius Cyrus Kourosh Babak Farhad Behrouz Bijan Kaveh Arash Payam Pejman Ramin Siamak Shahram Mehran Nima
    Navid Omid Saeed Saeid Sayed Sayyid Seyed Seyyed Mahmoud Ebrahim Mohammad-Javad Abbas Ali-Akbar Ahmad-Reza Alireza
    Hamidreza Mohammadreza Gholam Jalal Jalil Kamran Kambiz Keyvan Majid Mansour Mehrdad Mehdi Morteza Mostafa Nader
    Nasser Parviz Pouya Rouhollah Sadegh Sadeq Shahab Shahin Soroush Vahid Yaser Fatemeh Zahra Masoumeh Marzieh
    Mahsa Nika Niloufar Sepideh Tahereh Roya Elham Golshifteh Ladan Mitra Mina Shabnam Recep Tayyip Hakan Mevlüt Mevlut
    Binali Ekrem Kemal Devlet Ahmet Süleyman Suleyman Ozgur Özgür Meral Selahattin Emine Nurettin Murat Mehmet Mehmed
    Hulusi Yasar Yaşar Berat Numan Cevdet Kerem Burak Emre Can Cem Deniz Ece Elif Esra Ayşe Ayse Gül Gul Hande Leyla
    Merve Seda Sibel Tuba Ömer Omer Erdal Ertugrul Ertuğrul Fikri Hilmi Ismet İsmet Mesut Necmettin Turgut Tansu Bülent
    Bulent Abdullah Ali Fatih Serdar Tolga Ugur Uğur Volkan Yilmaz Yılmaz Zeki Ilham İlham Heydar Mehriban Jeyhun Hikmet
    Nikol Serzh Robert Levon Ararat Armen Ani Gurbanguly Serdar Shavkat Islam Emomali Rustam Sadyr Almazbek Kassym-Jomart
    Nursultan Askar Mukhtar Dariga Aliya Saule Masoud Masrour Nechirvan Bafel Barham Jalal Qubad Mazloum Ilham
    Salih Hevin Selahattin Pervin Leyla Figen Nawzad Hoshyar Fuad Karwan Kosrat Rebaz Shilan`,
  southAsian: `Narendra Rahul Sonia Priyanka Manmohan Atal Bihari Lal Krishna Amit Rajnath Subrahmanyam Nirmala Piyush Ajit
    Arvind Mamata Nitish Yogi Adityanath Uddhav Sharad Shashi Smriti Hardeep Ashwini Mansukh Jyotiraditya Kiren Pralhad
    Dharmendra Bhupender Anurag Gautam Mukesh Ratan Anand Anil Sunil Sanjay Vijay Ajay Rajesh Ramesh Suresh Mahesh Dinesh
    Ganesh Rakesh Naveen Vikram Vikas Rohit Virat Sachin Sourav Mahendra Harbhajan Ravi Ravindra Rajiv Indira Jawaharlal
    Mohandas Vallabhbhai Subhas Bhim Lalu Tejashwi Akhilesh Mayawati Mulayam Jagan Chandrababu Revanth Siddaramaiah
    Pinarayi Hemant Bhagwant Himanta Biswa Pushkar Devendra Eknath Shivraj Bhajan Vasundhara Ashok Kamal Nikki Vivek
    Usha Kashyap Raja Aruna Arundhati Amartya Deepak Deepika Priya Pooja Neha Anjali Kavita Sunita Anita Savita Geeta Gita
    Lakshmi Meera Radha Sita Shanti Rekha Shilpa Shreya Aishwarya Kareena Alia Aamir Shahrukh Hrithik Ranbir Ranveer Akshay
    Aditya Arjun Karan Varun Siddharth Abhishek Amitabh Dilip Raj Rishi Sajid Sadiq Sayeeda Rushanara Hasina Khaleda
    Yunus Ranil Mahinda Gotabaya Anura Sajith Pushpa Sher Bahadur Bidya Arzu Narayan Prasad Lotay Tshering
    Muizzu Solih Nasheed Yameen Ashraf Hamid Hibatullah Zabihullah Sirajuddin Suhail Amrullah Imran Nawaz Shehbaz Shahbaz
    Asif Benazir Bilawal Asim Qamar Pervez Parvez Zulfikar Zulfiqar Ayub Liaquat Shahid Khawaja Ishaq Rauf Raheel Faiz
    Hina Aleem Fawad Shireen Asad Maryam Ajit Vikram Ashwin Suryakumar Jasprit Rishabh Shubman Hardik Ishan
    Ravichandran Shikhar Yuvraj Anil Kapil Sunil Sourav Rahul Venkatesh Venkaiah Droupadi Draupadi Ram Nath Pranab Pratibha
    Abdul Zakir Fakhruddin Neelam Shankar Dayal Kocheril Harivansh Om Jagdeep Kiran Mallikarjun Jairam
    Digvijaya Kapil Salman Shashi Gaurav Mahua Derek Supriya Kanimozhi Sitaram Prakash Brinda Omar Farooq Mehbooba
    Sajjad Ghulam Nabi Asaduddin Tariq Shaukat Iqbal Ayaz Babar Shoaib Wasim Waqar
    Inzamam Misbah Younis Shaheen Haris Fakhar Rizwan Sarfaraz Saqlain Mushtaq Abrar Farhan Arshad Shahida Tahira Nargis
    Sushma Uma Vasundhara Sushil Suvendu Abhishek Dilip Buddhadeb Jyoti Biplab Manik Conrad Neiphiu Pema Khandu`,
  eastAsian: `Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song
    Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Fu
    Zhong Qin Bo Wen Qian Kong Lai Tsai Chiang Ko Hou Mao Fan Shi Meng Bai Qiu Qi Hao Kang Jia Xiong Gu Yin Lei Hong Wan
    Lui Lau Leung Chan Wong Cheung Tam Tse Yip Ng Ho Chow Kwok Fung Ip Mak Choi Tsang Jinping Qiang Keqiang Yi Lifeng
    Huning Leji Dingxiang Xuexiang Zhengsheng Jianguo Xiaoping Zemin Jintao Yaobang Ziyang Enlai Zedong Yat-sen Kai-shek
    Ing-wen Ching-te Bi-khim Wan-an Ko-chang Ying-jeou Shui-bian Teng-hui Wen-je Jun Jie Ming Ping Lei Jing Yan Ying Xin
    Hua Hui Jian Bin Chao Gang Kai Long Min Ning Qing Rui Shan Tao Ting Xia Xiu Yong Yun Zhen Zhi Guoqiang Xiaoming
    Yongqing Jiechi Zhaoxing Qishan Yanping Wenbo Yiqun Lijian Ning Dongjun Jun Zhangjun Zhihua Qiliang Kunming
    Liqiang Youxia Zhongwei Xiaoguang Xiaohong Xiaoli Xiaoyan Weiwei Ai Jack Pony Jiang Tianxiang Zhaoxu Changsheng
    Kim Lee Park Choi Jung Jeong Kang Cho Yoon Yun Jang Lim Oh Seo Shin Kwon Hwang Ahn Jeon Yoo Moon Son Bae Baek Heo
    Nam Noh Ha Kwak Sung Cha Joo Woo Ryu Na Ji Chae Won Chun Pyo Jae-myung Jae-in Suk-yeol Seok-yeol Geun-hye
    Myung-bak Moo-hyun Dae-jung Young-sam Tae-woo Doo-hwan Chung-hee Jong-un Jong-il Il-sung Yo-jong Ju-ae Yong-ho
    Son-hui Kyung-wha Chung-yong Jin Hyun Ki-moon Ban Han-duck Duck-soo Kyung-ho Tae-yong Sung-han Joo-ho Won-shik
    Dong-hoon Hee-sook Kun-hee Jae-yong Hye-jin Min-jun Seo-yeon Ji-hoon Ji-woo Ha-eun Soo-jin Eun-ji Yeon-mi
    Fumio Shinzo Shinzō Yoshihide Shigeru Taro Tarō Yoshimasa Yoko Yōko Toshimitsu Takeshi Sanae Shinjiro Shinjirō
    Koichi Katsunobu Yoshihiko Naoto Yukio Junichiro Jun'ichirō Ryutaro Yasuhiro Kakuei Hirofumi Akihito Naruhito
    Fumihito Hisahito Masako Aiko Kako Mako Hiroshi Takashi Kenji Kenichi Yuko Yuki Yukiko Akira Akiko Hideki Hideo
    Haruki Ichiro Ichirō Kazuo Kazuki Kazuhiro Kenta Koji Kōji Makoto Masahiro Masaki Masayoshi Minoru Naoki Noriko
    Osamu Ryo Ryota Satoshi Shinji Shintaro Shohei Sho Takuya Tatsuya Tetsuya Tomoko Toru Toshiaki Toshihiro Tsuyoshi
    Yasuo Yoshiro Yoshio Yosuke Yuichi Yuji Yumi Yusuke Itsunori Kiyoshi Mitsuo Nobuo Nobuyuki Seiji Seiko Takako Tomomi
    Yasutoshi Yoshitaka Yukari Gen Hiroyuki Kazuyuki Masatoshi Tadashi Takeo Tetsuo Yasukazu Akio Hayato Daisuke Keisuke
    Nguyen Tran Le Pham Vo Phan Dang Bui Do Duong Trinh Luong Ngo Vu Luu To Lam Phu Trong Xuan Phuc Minh Chinh Van
    Thuong Thanh Hai Hung Dung Tuan Quang Thi Anh Huong Lan Mai Linh Hoa Hien Prabowo Joko Jokowi Gibran Susilo
    Bambang Megawati Sukarno Suharto Abdurrahman Retno Sri Mulyani Luhut Anies Ganjar Mahfud Airlangga Sugiono Budi
    Agus Dewi Ratna Siti Wati Bongbong Ferdinand Imelda Sara Rodrigo Gloria Benigno Corazon Manny Leni Enrique
    Imee Martin Teodoro Gilberto Anwar Ismail Sabri Muhyiddin Mahathir Najib Rosmah Azmin Fahmi Lawrence Hsien
    Loong Kuan Yew Tharman Vivian Ong Heng Swee Keat Chee Hean Halimah Hun Manet Hok
    Sokhonn Prayut Prayuth Srettha Paetongtarn Thaksin Yingluck Pita Anutin Abhisit Min Aung Hlaing Aung San
    Suu Kyi Win Myint Htin Kyaw Thein Sein Zaw Htun Myo Khin Maung Thant Than Shwe Soe Tun Ukhnaagiin Luvsannamsrai
    Oyun-Erdene Khurelsukh Battulga Tsakhia Elbegdorj`,
  african: `Cyril Jacob Thabo Nelson Julius Mmusi Naledi Lindiwe Nkosazana Ronald Fikile Gwede Enoch Bheki Blade Paul Yoweri
    Muhoozi Bobi William Uhuru Raila Rigathi Kithure Musalia Samia Suluhu Jakaya Abiy Debretsion Isaias Salva Riek Félix
    Felix Denis Ali Brice Mahamat Idriss Assimi Abdourahamane Bassirou Diomaye Ousmane Macky Alassane Guillaume Nana
    Mahamudu Bola Muhammadu Goodluck Olusegun Atiku Kashim Umaru Sani Emmerson Hakainde Lazarus Filipe Venâncio Venancio
    João Hage Netumbo Mokgweetsi Duma Andry Évariste Evariste Faustin-Archange Umaro Maada Ellen Adama Tedros Hailemariam
    Meles Mengistu Ngozi Akinwumi Moussa Kwame Kofi Kojo Kwaku Yaw Kwabena Ama Akua Abena Efua Adjoa Chinua Chimamanda
    Chinedu Chukwuemeka Emeka Nnamdi Obinna Oluwaseun Olumide Olufemi Femi Funmi Folake Tunde Babatunde Yemi Segun Kunle
    Wole Tope Bukola Amina Halima Hadiza Abubakar Aliyu Bello Garba Musa Usman Yakubu Nuhu Nasir Nyesom Seyi Dele Bayo
    Tendai Tatenda Farai Nyasha Chipo Themba Thandiwe Sipho Bongani Siyabonga Nomvula Lerato Tshepo Kagiso Mpho Lwazi
    Zodwa Wanjiru Wangari Njeri Kamau Otieno Ochieng Wambui Akinyi Achieng Jomo Mwai Kalonzo Martha Anyang Babu Hamisi
    Salim Kassim Tundu Zitto Freeman Yoweri Kizza Winnie Janet Robinah Jessica Rebecca Ruhakana Louise Vincent
    Olivier Jean-Claude Jeannette Corneille Moïse Martin Vital Denis Firmin Anatole Alpha Mamadi Mamady Ibrahima Moussa
    Mamadou Cheikh Boubacar Oumar Modibo Seydou Amadou Souleymane Idrissa Issa Hama Salifou Yacouba Ibrahim Roch Blaise
    Thomas Paul-Henri Hassimi Faure Patrice Nicéphore Boni Romuald Kaïs Mswati Letsie Sam
    Hifikepunye Festus Ian Seretse Quett Ketumile Bingu Joyce Saulos Armando Joaquim Samora Agostinho Isabel Eduardo
    Jonas Holden Kenneth Frederick Levy Rupiah Michael Edgar Robert Morgan Grace Constantino Sibusiso
    Jacob Kgalema Winnie Nomaindia Mosiuoa Helen Herman Gayton
    Bantu Desmond Steve Oliver Walter Albertina Chris Solomon Govan Ahmed `,
  hebrew: `Benjamin Binyamin Bibi Yoav Benny Naftali Yair Isaac Itzhak Yitzhak Ehud Ariel Shimon Golda Reuven Avigdor
    Gideon Itamar Bezalel Ron Eli Gadi Gabi Herzi Aviv Avi Amir Yossi Yosef Moshe Shaul Uri David Dov Eyal Nir Omer Idan
    Ofir Tzachi Tzipi Ayelet Miri Orit Merav Michal Shira Noa Tamar Yael Naama Dana Limor Rafi Haim Chaim Aryeh Yaakov
    Yariv Yisrael Menachem Zvi Tzvi Ofer Ronen Dror Tal Gal Nadav Amos Elkana Ram Eitan Yechiel Yehuda Yehoshua Zeev
    Ze'ev Amichai Orly Sara Yonatan Yoni Meir Nissim Shlomo Aharon Doron Einat Galit Hila Inbal Keren Liat Maya Nili
    Osnat Revital Sigal Smadar Talia Tzila Yifat Yuli Gilad Oded Omri Rotem Shai Yigal Yigael Yuval Zohar Herzl Dudi`,
};
