// The writer's answers as JSON: error values, progress, map facts and the WriteReport, each
// read back strictly (fields.h). Internal to flasher/writer (protocol.cpp uses them).
#pragma once

#include "flasher/request/writereport.h"
#include "flasher/writer/fields.h"

namespace imprint::flasher::writer {

Json errorToJson(const Error& error);
Error errorFromJson(const Json& json, const std::string& where, Fields& parent);

Json progressToJson(const Progress& progress);
Progress progressFromJson(Fields& fields, std::size_t targets);

Json mapToJson(const MapFacts& map);
MapFacts mapFromJson(const Json& json, const std::string& where, Fields& parent);

Json reportToJson(const WriteReport& report);
WriteReport reportFromJson(const Json& json, const std::string& where, std::size_t targets,
                           Fields& parent);

} // namespace imprint::flasher::writer
