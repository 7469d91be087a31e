# The ranking model's training program (src/eval/geo_ranker_training.hpp): writes
# data/gazetteer/rank_model.tsv from the corpora of ../shared/bench/geoparsing. Run by hand after
# a change to the features or the gazetteer; a test checks that it reproduces the committed file.
add_executable(truce-train-geo-ranker "${CMAKE_SOURCE_DIR}/src/eval/tools/train_geo_ranker_main.cpp")
target_link_libraries(truce-train-geo-ranker PRIVATE truce_eval CLI11::CLI11)
target_compile_definitions(truce-train-geo-ranker PRIVATE
                           TRUCE_SHARED_DIR="${CMAKE_SOURCE_DIR}/../shared")
add_dependencies(truce-train-geo-ranker truce_gazetteer)
